package org.onrecord.extract;

import java.util.Locale;

/**
 * What the resolve stage may ask about a written name, from the same resources extract reads (WordNet through
 * {@link Roles} and {@link Nouns}, CoreNLP's first-name lists through {@link Gender}): the name without its title
 * or possessive, the gender it tells, and whether a word is a word of the language rather than a name.
 */
public final class Names {
    private Names() {
    }

    /** "President Trump" -> "Trump", "Mr. Trump’s" -> "Trump", "Donald J. Trump" as it is; a name without words stays as written. */
    public static String bare(String name) {
        if (name == null || name.isBlank()) return name;
        String n = POSSESSIVE.matcher(name.strip()).replaceFirst("");
        // a description or names joined ("Iranian officials", "Iran and Russia") stays as it is
        for (String w : n.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(w)) return n;
        }
        NameParts p = NameParts.parse(n);
        // only a title goes: "President Donald Trump", "Mr. Trump"
        return p.empty() || p.title().isEmpty() || !n.endsWith(p.name()) ? n : p.name();
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?<=\\p{L})(?:[’']s|[’'])$");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "del", "della", "di", "du", "van", "von",
            "der", "den", "la", "le", "bin", "ibn", "al", "el", "y", "dos", "das", "of", "the");

    /** "male", "female" or null: what an honorific, a gendered title or a first name tells. */
    public static String gender(String name) {
        if (name == null || name.isBlank()) return null;
        NameParts p = NameParts.parse(name.strip());
        Gender g = p.gender();
        if (g == Gender.UNKNOWN && !p.empty() && p.tokens().size() >= 2) g = Gender.ofFirstName(p.first());
        return g == Gender.UNKNOWN ? null : g.name().toLowerCase(Locale.ROOT);
    }

    /** A word WordNet holds as a common noun, verb, adjective or adverb ("Staffers", "Doctors"), not a first name. */
    public static boolean commonWord(String word) {
        if (word == null || word.isBlank() || Gender.isFirstName(word)) return false;
        return Nouns.of(word).kind() != Nouns.Kind.UNKNOWN || Nouns.isVerb(word) || Nouns.isAdjective(word) || Nouns.isAdverb(word);
    }
}

package org.onrecord.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country a word points to ("Iranian", "Iran’s", "Ukrainian", "US"), as a comparable key. Country
 * names and their adjectives share a stem (Iran/Iranian, Valdoria/Valdorian), so two words name the same
 * country when one stem starts the other; a few pairs that share no stem are listed.
 */
final class Nationality {
    private static final Pattern ADJECTIVE = Pattern.compile("[a-z]{3,}(ian|ean|ese)");
    private static final List<Set<String>> SYNONYMS = List.of(
            Set.of("us", "u.s.", "american", "america", "united states", "washington"),
            Set.of("uk", "british", "britain", "english", "england"),
            Set.of("france", "french"), Set.of("netherlands", "dutch"), Set.of("switzerland", "swiss"),
            Set.of("eu", "european"), Set.of("un", "united nations"));

    private Nationality() {
    }

    /** Adjectives that do not end in -ian, -ean, -ese or -ish, with the country stem they point to. */
    private static final java.util.Map<String, String> IRREGULAR = java.util.Map.ofEntries(
            java.util.Map.entry("israeli", "israel"), java.util.Map.entry("iraqi", "iraq"), java.util.Map.entry("saudi", "saudi"),
            java.util.Map.entry("pakistani", "pakistan"), java.util.Map.entry("yemeni", "yemen"), java.util.Map.entry("kuwaiti", "kuwait"),
            java.util.Map.entry("omani", "oman"), java.util.Map.entry("qatari", "qatar"), java.util.Map.entry("emirati", "emirates"),
            java.util.Map.entry("afghan", "afghanistan"), java.util.Map.entry("german", "germany"), java.util.Map.entry("mexican", "mexico"),
            java.util.Map.entry("korean", "korea"), java.util.Map.entry("turkish", "turkey"), java.util.Map.entry("greek", "greece"),
            java.util.Map.entry("thai", "thailand"), java.util.Map.entry("polish", "poland"), java.util.Map.entry("danish", "denmark"),
            java.util.Map.entry("swedish", "sweden"), java.util.Map.entry("finnish", "finland"), java.util.Map.entry("western", "west"));

    /** The key of a nationality adjective ("Iranian", "Israeli", "US"), or null when the word is not one. */
    static String of(String word) {
        if (word == null || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return null;
        String w = word.toLowerCase(Locale.ROOT);
        for (Set<String> s : SYNONYMS) {
            if (s.contains(w)) return canonical(s);
        }
        if (IRREGULAR.containsKey(w)) return IRREGULAR.get(w);
        Matcher m = ADJECTIVE.matcher(w);
        if (m.matches()) {
            return w.substring(0, m.start(1));
        }
        return null;
    }

    /** Countries named as nouns ("Iran’s Foreign Minister"): the possessive form of a capitalised word. */
    static String ofPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            String w = word.substring(0, word.length() - 2).toLowerCase(Locale.ROOT);
            for (Set<String> s : SYNONYMS) if (s.contains(w)) return canonical(s);
            return w;
        }
        return null;
    }

    static boolean same(String a, String b) {
        if (a == null || b == null) return false;
        if (a.equals(b)) return true;
        String s = a.length() <= b.length() ? a : b, l = a.length() <= b.length() ? b : a;
        return s.length() >= 3 && l.startsWith(s.length() > 5 ? s.substring(0, s.length() - 1) : s);
    }

    private static String canonical(Set<String> s) {
        return s.stream().sorted().findFirst().orElseThrow();
    }

    /** Every country key named in a phrase ("the top Iranian diplomat" gives "iran"). */
    static List<String> in(String phrase) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : phrase.split("[\\s,]+")) {
            String k = of(w);
            if (k == null) k = Character.isUpperCase(w.isEmpty() ? 'a' : w.charAt(0)) ? ofPossessive(w) : null;
            if (k != null) out.add(k);
        }
        return out;
    }
}

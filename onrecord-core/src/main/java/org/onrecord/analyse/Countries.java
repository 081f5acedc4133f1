package org.onrecord.analyse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.Document;

/**
 * Which words name states. The JDK's own list of country names (ISO 3166, in English) gives the real ones;
 * a story may also name states the list lacks (a new state, a fictional one), so a capitalised word is taken
 * as a state too when the corpus also uses its people-form ("Valdoria" beside "Valdorian"). Keys are the first
 * four letters, shared by a state, its people and its adjective (Russia, Russians, Russian).
 */
final class Countries {
    private static final Set<String> KNOWN = new HashSet<>();
    private static final java.util.Map<String, String> KNOWN_NAMES = new java.util.HashMap<>();
    private static final Pattern DEMONYM = Pattern.compile("\\b([A-Z][a-z]{3,})(ian|ians|an|ans|ese|i|is)\\b");

    static {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.contains(" ")) {
                KNOWN.add(DomainLexicon.key(name));
                KNOWN_NAMES.putIfAbsent(DomainLexicon.key(name), name);
            }
        }
        KNOWN.add("us");
        KNOWN.add("uk");
        KNOWN_NAMES.put("us", "the United States");
        KNOWN_NAMES.put("uk", "the United Kingdom");
    }

    private final Set<String> keys = new HashSet<>(KNOWN);
    private final java.util.Map<String, String> names = new java.util.HashMap<>(KNOWN_NAMES);

    Countries(List<Document> documents) {
        Set<String> demonymStems = new HashSet<>();
        Set<String> capitalised = new HashSet<>();
        Pattern word = Pattern.compile("\\b([A-Z][a-z]{3,})\\b");
        for (Document d : documents) {
            Matcher m = DEMONYM.matcher(d.body() + "\n" + d.headlines());
            while (m.find()) demonymStems.add(DomainLexicon.key(m.group(1)));
            Matcher w = word.matcher(d.body());
            while (w.find()) {
                String s = w.group(1);
                if (s.endsWith("ia") || s.endsWith("a") || s.endsWith("e") || s.endsWith("y")) {
                    capitalised.add(DomainLexicon.key(s));
                    names.putIfAbsent(DomainLexicon.key(s), s);
                }
            }
        }
        for (String k : capitalised) if (demonymStems.contains(k)) keys.add(k);
        // Most states' names end in -ia, -stan or -land (Syria, Kestria, Kazakhstan, Poland): such a word after
        // "to" or "from" is taken for a state even where the corpus never names its people.
        Pattern named = Pattern.compile("\\b(?:to|from|in|with)\\s+([A-Z][a-z]{2,}(?:ia|stan|land))\\b");
        for (Document d : documents) {
            Matcher m = named.matcher(d.body());
            while (m.find()) {
                keys.add(DomainLexicon.key(m.group(1)));
                names.putIfAbsent(DomainLexicon.key(m.group(1)), m.group(1));
            }
        }
    }

    /** The state a word names ("Tehran", "Iranians", "Kestria", "US"), or null. */
    String of(String word) {
        String c = DomainLexicon.country(word);
        return c != null && keys.contains(c) ? c : null;
    }

    /** A state's name for readers ("Iran", "Kestria"), from its key. */
    String name(String key) {
        if (key == null) return "?";
        if (key.equals(Claim.ANY_PARTY)) return "a party to the war";
        return names.getOrDefault(key, key);
    }

    /** The first state named in a phrase ("the top Iranian diplomat" gives "iran"). */
    String first(String phrase) {
        for (String w : phrase.split("[\\s,]+")) {
            String c = of(w);
            if (c != null) return c;
        }
        return null;
    }
}

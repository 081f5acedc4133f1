package org.onrecord.extract;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.annotate.Countries;

/**
 * The country a word points to ("Iranian", "Iran’s", "U.S.", "North Korean"), as a comparable key: its ISO 3166
 * code from {@link Countries}, the one list of countries, their other names and demonyms the project keeps. Only
 * whole forms match: Austria is not Australia, Niger is not Nigeria.
 */
final class Nationality {
    private Nationality() {
    }

    /** The key of a place name or nationality adjective of one word or several ("Iranian", "United States"), or null. */
    static String of(String words) {
        if (words == null || words.isEmpty() || !Character.isUpperCase(words.charAt(0))) return null;
        String w = words.strip().replace('’', '\'');
        Countries.Country c = Countries.of(w);
        if (c == null && w.endsWith(".") && !w.endsWith(".S.")) c = Countries.of(w.substring(0, w.length() - 1));
        return c == null ? null : c.code();
    }

    /** "Iran’s", "the U.S.’s": the key of a possessive place name, or null. */
    static String ofPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) return of(word.substring(0, word.length() - 2));
        return null;
    }

    static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    /** Every key a phrase names, longest forms first ("the top North Korean diplomat" gives North Korea's key). */
    static List<String> in(String phrase) {
        List<String> out = new ArrayList<>();
        String[] w = phrase.strip().split("[\\s,]+");
        for (int i = 0; i < w.length; ) {
            int took = 0;
            for (int n = Math.min(Countries.longestName(), w.length - i); n >= 1 && took == 0; n--) {
                String s = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n));
                String k = of(s);
                if (k == null) k = ofPossessive(s);
                if (k != null) {
                    out.add(k);
                    took = n;
                }
            }
            i += Math.max(1, took);
        }
        return out;
    }
}

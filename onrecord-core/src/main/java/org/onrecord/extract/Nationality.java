package org.onrecord.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The country or region a word points to ("Iranian", "Iran’s", "U.S.", "North Korean"), as a comparable key. Every
 * form comes from one list, CoreNLP's demonyms (dcoref/demonyms.txt in the models jar: each line a place, its
 * adjective, its people and their variants); forms that share a line, or a line's adjective, share a key. Only whole
 * forms match: Austria is not Australia, Niger is not Nigeria.
 */
final class Nationality {
    private Nationality() {
    }

    private static final class Table {
        /** Lower-case form (one or more words) to key. */
        static final Map<String, String> KEYS = load();
        static final int LONGEST = KEYS.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The key of a place name or nationality adjective of one word or several ("Iranian", "United States"), or null. */
    static String of(String words) {
        if (words == null || words.isEmpty() || !Character.isUpperCase(words.charAt(0))) return null;
        return Table.KEYS.get(norm(words));
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
            for (int n = Math.min(Table.LONGEST, w.length - i); n >= 1 && took == 0; n--) {
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

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\.$", "").replace("’", "'");
    }

    private static Map<String, String> load() {
        String resource = "edu/stanford/nlp/models/dcoref/demonyms.txt";
        InputStream in = Nationality.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource + " (CoreNLP's models jar)");
        // union of lines that share a form: "American" joins America and U.S.
        Map<String, String> parent = new HashMap<>();
        List<List<String>> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                List<String> forms = new ArrayList<>();
                for (String f : line.split("\t")) if (!f.isBlank()) forms.add(norm(f));
                lines.add(forms);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        for (List<String> forms : lines) {
            for (String f : forms) union(parent, forms.get(0), f);
        }
        Map<String, String> keys = new HashMap<>();
        for (List<String> forms : lines) {
            for (String f : forms) keys.put(f, find(parent, f));
        }
        return Map.copyOf(keys);
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) return x;
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra.compareTo(rb) <= 0 ? rb : ra, ra.compareTo(rb) <= 0 ? ra : rb);
    }
}

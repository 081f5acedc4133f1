package org.onrecord.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Every country of the world, its other names and its demonyms, from one kept source: the JDK's ISO 3166 list
 * and WordNet 3.1 (built into {@code countries.tsv} by {@link CountryTableBuilder}). Exact words only, no
 * stems or suffixes: Austria is not Australia, Niger is not Nigeria, Slovakia is not Slovenia.
 */
public final class Countries {
    /** A country: its ISO 3166 code and English name. */
    public record Country(String code, String name) {
    }

    private static final Map<String, Country> BY_WORD = load();
    private static final int LONGEST = BY_WORD.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

    private Countries() {
    }

    /** The most words a name or demonym in the list has ("Saint Vincent and the Grenadines"). */
    public static int longestName() {
        return LONGEST;
    }

    /** The country a name, other name or demonym denotes ("Norway", "the US", "Norwegians", "Iran's"), or null. */
    public static Country of(String phrase) {
        if (phrase == null) return null;
        String p = phrase.strip().replaceFirst("[’']s$", "").replaceFirst("^(?i:the)\\s+(?=\\p{Lu})", "");
        Country c = BY_WORD.get(p);
        return c != null ? c : BY_WORD.get("the " + p);
    }

    /** The first country a phrase names in any of its words ("the top Iranian diplomat": Iran), or null. */
    public static Country in(String phrase) {
        if (phrase == null) return null;
        String[] words = phrase.replaceAll("[’']s\\b", "").split("[\\s,;:()\"“”]+");
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
                Country c = of(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (c != null) return c;
            }
        }
        return null;
    }

    /** Every country a phrase names in any of its words, in order, each once. */
    public static java.util.List<Country> all(String phrase) {
        java.util.List<Country> out = new java.util.ArrayList<>();
        if (phrase == null) return out;
        String[] words = phrase.replaceAll("[’']s\\b", "").split("[\\s,;:()\"“”.!?]+");
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
                Country c = of(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (c != null && !out.contains(c)) out.add(c);
                if (c != null) break;
            }
        }
        return out;
    }

    private static Map<String, Country> load() {
        Map<String, Country> out = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("countries.tsv")) {
            if (in == null) throw new IllegalStateException("countries.tsv missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            while ((line = r.readLine()) != null) rows.add(line.split("\t", -1));
            // names first, so an alias shared by two rows ("Congo") never hides a country's own name
            for (String[] row : rows) out.put(row[1], new Country(row[0], row[1]));
            for (String[] row : rows) {
                Country c = out.get(row[1]);
                for (int col = 2; col < row.length; col++) {
                    for (String w : row[col].split("\\|")) if (!w.isEmpty()) out.putIfAbsent(w, c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}

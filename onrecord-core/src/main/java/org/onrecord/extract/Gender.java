package org.onrecord.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's grammatical gender as far as the text tells it: from an honorific ("Mrs.", "Sen." tells nothing), from a
 * first name, or from a gendered noun ("spokeswoman"). First names come from CoreNLP's name-gender list
 * (dcoref/namegender.combine.txt, in the models jar); a name listed with both genders tells nothing. Gendered nouns
 * come from dcoref/female.unigrams.txt; its male counterpart is too noisy ("senator" is listed as male), so a male
 * noun is one ending in "-man" whose "-woman" form the female list holds.
 */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Whether a pronoun of gender {@code g} may stand for someone of this gender. */
    boolean agrees(Gender g) {
        return this == UNKNOWN || g == UNKNOWN || this == g;
    }

    private static final class Lists {
        static final Map<String, Gender> FIRST_NAMES = firstNames();
        static final Set<String> FEMALE_NOUNS = lines("edu/stanford/nlp/models/dcoref/female.unigrams.txt");
    }

    /** Honorifics and forms of address that tell a gender. */
    private static final Map<String, Gender> HONORIFICS = Map.ofEntries(
            Map.entry("mr", MALE), Map.entry("sir", MALE), Map.entry("lord", MALE), Map.entry("king", MALE),
            Map.entry("prince", MALE), Map.entry("mrs", FEMALE), Map.entry("ms", FEMALE), Map.entry("miss", FEMALE),
            Map.entry("madam", FEMALE), Map.entry("madame", FEMALE), Map.entry("lady", FEMALE), Map.entry("dame", FEMALE),
            Map.entry("queen", FEMALE), Map.entry("princess", FEMALE));

    static Gender ofHonorific(String word) {
        return HONORIFICS.getOrDefault(bare(word), UNKNOWN);
    }

    static Gender ofFirstName(String word) {
        return Lists.FIRST_NAMES.getOrDefault(bare(word), UNKNOWN);
    }

    static boolean isFirstName(String word) {
        return Lists.FIRST_NAMES.containsKey(bare(word));
    }

    /** "spokeswoman", "actress" are female; "chairman" is male when "chairwoman" is a word. */
    static Gender ofNoun(String word) {
        String w = bare(word);
        if (Lists.FEMALE_NOUNS.contains(w)) return FEMALE;
        if (w.endsWith("man") && Lists.FEMALE_NOUNS.contains(w.substring(0, w.length() - 3) + "woman")) return MALE;
        return UNKNOWN;
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static Map<String, Gender> firstNames() {
        Map<String, Gender> out = new HashMap<>();
        Set<String> both = new HashSet<>();
        for (String line : lines("edu/stanford/nlp/models/dcoref/namegender.combine.txt")) {
            String[] f = line.split("\\s+");
            if (f.length < 2) continue;
            Gender g = f[1].equals("male") ? MALE : f[1].equals("female") ? FEMALE : UNKNOWN;
            Gender was = out.putIfAbsent(f[0], g);
            if (was != null && was != g) both.add(f[0]);
        }
        both.forEach(n -> out.put(n, UNKNOWN));
        return out;
    }

    static Set<String> lines(String resource) {
        Set<String> out = new HashSet<>();
        InputStream in = Gender.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource + " (CoreNLP's models jar)");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }
}

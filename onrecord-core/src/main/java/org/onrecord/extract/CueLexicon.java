package org.onrecord.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each word form was a reporting cue in the attribution training data (PolNeAR train): the share of
 * its occurrences annotated as a cue. Learned with the tagger ({@code onrecord train attribution}) and shipped
 * beside it; the tagger's context features ("a likely cue three words to the right") rest on it.
 */
public final class CueLexicon {
    private final Map<String, Double> share;
    private final Map<String, Double> lookup;

    public CueLexicon(Map<String, Double> share) {
        this.share = new TreeMap<>(share);
        this.lookup = new java.util.HashMap<>(share);
    }

    /** Keys of word-class entries: the share of a distributional class's occurrences that were cues. */
    static final String CLASS = "@";

    /**
     * How likely a word is a cue: its own share where the training data saw it often enough, else its word class's
     * share (so "lambasted", never seen, is as likely as "blasted").
     */
    public double likelihood(String word, String wordClass) {
        Double s = lookup.get(word);
        if (s != null) return s;
        Double c = lookup.get(CLASS + wordClass);
        return c == null ? 0 : c;
    }

    /** The share of occurrences of this word form (lower-cased) that were cues, 0 when never. */
    public double share(String word) {
        Double s = lookup.get(word.toLowerCase(Locale.ROOT));
        return s == null ? 0 : s;
    }

    public Map<String, Double> entries() {
        return share;
    }

    /** Lines {@code word<TAB>share}. */
    public static CueLexicon read(InputStream in) {
        Map<String, Double> m = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0) m.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CueLexicon(m);
    }

    public String write() {
        StringBuilder b = new StringBuilder();
        share.forEach((w, s) -> b.append(w).append('\t').append(String.format(Locale.ROOT, "%.4f", s)).append('\n'));
        return b.toString();
    }
}

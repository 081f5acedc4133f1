package org.onrecord.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Sentence;
import org.onrecord.annotate.Token;
import org.onrecord.annotate.WordClasses;

/**
 * The features the attribution tagger sees at each token: the word and its neighbours, its shape, where it
 * stands in its sentence and relative to quotation marks, and the nearest likely cue on either side (from the
 * {@link CueLexicon}). Computed once per document, the same way at training and at tagging time.
 */
final class AttributionFeatures {
    private AttributionFeatures() {
    }

    /** A word at least this often a cue counts as a likely cue for the context features. */
    static final double LIKELY_CUE = 0.15;

    static String[][] of(Annotated a, List<Quote> quotes, CueLexicon lexicon) {
        List<Token> tokens = a.tokens();
        String body = a.doc().body();
        int n = tokens.size();
        String[] lower = new String[n], cls = new String[n];
        double[] cue = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = normalise(tokens.get(i).text());
            cls[i] = WordClasses.of(lower[i]);
            cue[i] = lexicon.likelihood(lower[i], cls[i]);
        }
        char[] quote = quoteStates(tokens, quotes);
        int[] sentStart = new int[n], sentEnd = new int[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && tokens.get(j).sentence() == tokens.get(i).sentence()) j++;
            for (int k = i; k < j; k++) {
                sentStart[k] = i;
                sentEnd[k] = j;
            }
            i = j;
        }
        int sentences = a.sentences().size();
        String[] place = new String[sentences], quoted = new String[sentences];
        for (Sentence sentence : a.sentences()) {
            place[sentence.index()] = "sp=" + Math.min(sentenceInParagraph(a, sentence), 2);
            quoted[sentence.index()] = "pq=" + opensWithQuote(body, a, sentence);
        }
        String[][] out = new String[n][];
        List<String> f = new ArrayList<>(48);
        for (int i = 0; i < n; i++) {
            f.clear();
            String w = lower[i];
            int s0 = sentStart[i], s1 = sentEnd[i];
            f.add("w=" + w);
            f.add("c=" + cls[i]);
            if (i > s0) f.add("pc=" + cls[i - 1]);
            if (i + 1 < s1) f.add("nc=" + cls[i + 1]);
            f.add("sh=" + shape(tokens.get(i).text()));
            if (w.length() > 4) f.add("suf=" + w.substring(w.length() - 3));
            String p1 = i > s0 ? lower[i - 1] : "<s>", p2 = i - 1 > s0 ? lower[i - 2] : "<s>";
            String n1 = i + 1 < s1 ? lower[i + 1] : "</s>", n2 = i + 2 < s1 ? lower[i + 2] : "</s>";
            f.add("p1=" + p1);
            f.add("n1=" + n1);
            f.add("p2=" + p2);
            f.add("n2=" + n2);
            f.add("p1w=" + p1 + "_" + w);
            f.add("wn1=" + w + "_" + n1);
            f.add("q=" + quote[i]);
            f.add("qp=" + (i > 0 ? quote[i - 1] : '-') + quote[i] + (i + 1 < n ? quote[i + 1] : '-'));
            f.add("ds=" + bin(i - s0));
            f.add(place[tokens.get(i).sentence()]);
            f.add(quoted[tokens.get(i).sentence()]);
            f.add("de=" + bin(s1 - 1 - i));
            if (cue[i] > 0) f.add("lex=" + bin10(cue[i]));
            int left = -1, right = -1;
            for (int k = i - 1; k >= s0; k--) {
                if (cue[k] >= LIKELY_CUE && quote[k] == 'o') {
                    left = k;
                    break;
                }
            }
            for (int k = i + 1; k < s1; k++) {
                if (cue[k] >= LIKELY_CUE && quote[k] == 'o') {
                    right = k;
                    break;
                }
            }
            if (left >= 0) {
                f.add("lcw=" + lower[left]);
                f.add("lcc=" + cls[left]);
                f.add("lcd=" + bin(i - left));
                f.add("lcdq=" + bin(i - left) + quote[i]);
                f.add("lcn=" + (left + 1 < s1 ? lower[left + 1] : "</s>"));
            } else {
                f.add("lc=none");
            }
            if (right >= 0) {
                f.add("rcw=" + lower[right]);
                f.add("rcc=" + cls[right]);
                f.add("rcd=" + bin(right - i));
                f.add("rcdq=" + bin(right - i) + quote[i]);
                f.add("rcp=" + (right - 1 >= s0 ? lower[right - 1] : "<s>"));
                f.add("rcc=" + commaBetween(lower, i, right));
            } else {
                f.add("rc=none");
            }
            out[i] = f.toArray(new String[0]);
        }
        return out;
    }

    /** Transition features: always a bias, the token's quotation state, and the token itself when it is punctuation. */
    static String[] edge(String[] node) {
        List<String> out = new ArrayList<>(3);
        out.add("#");
        for (String s : node) {
            if (s.startsWith("q=")) out.add(s);
            else if (s.startsWith("w=") && !Character.isLetterOrDigit(s.charAt(s.length() - 1))) out.add(s);
        }
        return out.toArray(new String[0]);
    }

    /**
     * Lower case, with every kind of quotation mark, dash and apostrophe folded to one character each, and white space
     * or control characters inside a token (a word hyphenated over a line break) made '_': features and the lexicon are
     * lines of text.
     */
    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < w.length(); i++) {
            if (Character.isWhitespace(w.charAt(i)) || Character.isISOControl(w.charAt(i))) {
                w = w.replaceAll("[\\s\\p{Cntrl}]+", "_");
                break;
            }
        }
        if (w.length() == 1 || w.equals("``") || w.equals("''")) {
            switch (w) {
                case "“", "”", "\"", "«", "»", "„", "``", "''" -> {
                    return "\"";
                }
                case "‘", "’", "'" -> {
                    return "'";
                }
                case "—", "–", "―", "-" -> {
                    return "-";
                }
                default -> {
                    return w;
                }
            }
        }
        return w.replace('’', '\'');
    }

    /** 'i' inside a quotation, 'b' its opening mark, 'e' its closing mark, 'o' outside. */
    private static char[] quoteStates(List<Token> tokens, List<Quote> quotes) {
        char[] s = new char[tokens.size()];
        java.util.Arrays.fill(s, 'o');
        int k = 0;
        for (Quote q : quotes) {
            while (k < tokens.size() && tokens.get(k).end() <= q.open()) k++;
            for (int i = k; i < tokens.size() && tokens.get(i).start() < Math.max(q.end(), q.close() + 1); i++) {
                Token t = tokens.get(i);
                if (t.start() <= q.open() && t.end() > q.open()) s[i] = 'b';
                else if (t.start() >= q.start() && t.end() <= q.end()) s[i] = 'i';
                else if (q.closed() && t.start() <= q.close() && t.end() > q.close()) s[i] = 'e';
                else if (t.start() < q.end()) s[i] = 'i';
            }
        }
        return s;
    }

    /** The sentence's place in its paragraph: 0 for the first. */
    private static int sentenceInParagraph(Annotated a, Sentence s) {
        int k = 0;
        for (int j = s.index() - 1; j >= 0 && a.sentences().get(j).paragraph() == s.paragraph(); j--) k++;
        return k;
    }

    /** Whether the sentence's paragraph opens with a quotation mark. */
    private static boolean opensWithQuote(String body, Annotated a, Sentence s) {
        int j = s.index();
        while (j > 0 && a.sentences().get(j - 1).paragraph() == s.paragraph()) j--;
        int start = a.sentences().get(j).start();
        return start < body.length() && "\"“«„'‘".indexOf(body.charAt(start)) >= 0;
    }

    private static String commaBetween(String[] lower, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (lower[k].equals(",")) return "y";
        }
        return "n";
    }

    static String shape(String word) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < word.length() && b.length() < 6; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) b.append(k);
            last = k;
        }
        return b.toString();
    }

    static String bin(int d) {
        if (d <= 3) return Integer.toString(d);
        if (d <= 5) return "4-5";
        if (d <= 8) return "6-8";
        if (d <= 12) return "9-12";
        if (d <= 20) return "13-20";
        return "21+";
    }

    private static String bin10(double share) {
        return share >= 0.5 ? "hi" : share >= 0.15 ? "mid" : share >= 0.03 ? "lo" : "rare";
    }
}

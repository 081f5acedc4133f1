package org.onrecord.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, as {@code shared/tools/score_aeb.py} computes it: {@code \w+}
 * tokens (Python's Unicode letters, numbers and underscore), 4-gram shingle multisets, per-document
 * TP/FP/FN normalised by their sum, precision and recall macro-averaged, F1 of the two means.
 */
public final class ShingleScore {
    /** Python's {@code \w} on str: Unicode letters and numbers and the underscore, no combining marks. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    public record Figures(double f1, double precision, double recall, double accuracy, int docs, int missing) {
        /** The scorer's last line, figure for figure. */
        public String scoreLine() {
            return String.format(java.util.Locale.ROOT, "SCORE f1=%.4f precision=%.4f recall=%.4f accuracy=%.4f docs=%d missing=%d",
                    f1, precision, recall, accuracy, docs, missing);
        }
    }

    private final List<double[]> triples = new ArrayList<>();
    private int exact;
    private int missing;

    /** Adds one document: its gold body and the predicted one (null when the prediction is missing). */
    public void add(String gold, String predicted) {
        if (predicted == null) {
            missing++;
        }
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted == null ? "" : predicted);
        if (g.equals(p)) {
            exact++;
        }
        Map<List<String>, Integer> gs = shingles(g);
        Map<List<String>, Integer> ps = shingles(p);
        Set<List<String>> keys = new HashSet<>(gs.keySet());
        keys.addAll(ps.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int gc = gs.getOrDefault(k, 0), pc = ps.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        triples.add(new double[]{tp, fp, fn});
    }

    public Figures figures() {
        double pSum = 0, rSum = 0;
        int pN = 0, rN = 0;
        for (double[] t : triples) {
            boolean perfect = t[1] == 0 && t[2] == 0;
            if (t[0] + t[1] > 0) {
                pSum += perfect ? 1.0 : t[0] / (t[0] + t[1]);
                pN++;
            }
            if (t[0] + t[2] > 0) {
                rSum += perfect ? 1.0 : t[0] / (t[0] + t[2]);
                rN++;
            }
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new Figures(f1, p, r, triples.isEmpty() ? 0 : (double) exact / triples.size(), triples.size(), missing);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(List<String> toks) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, toks.size() - 4 + 1); i++) {
            List<String> sh = toks.subList(i, Math.min(toks.size(), i + 4));
            if (!sh.isEmpty()) {
                out.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return out;
    }
}

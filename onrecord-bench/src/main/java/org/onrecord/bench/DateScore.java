package org.onrecord.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The publication-date metric of {@code shared/tools/score_htmldate.py} (htmldate's own, tests/comparison.py):
 * per page no date given is a false negative, the gold day a true positive, any other day a false positive.
 * A page with no gold date counts a given date as false positive and none as false negative, as htmldate's
 * script counts them. Accuracy is TP/(TP+FP+FN): every gold page has a date, so there are no true negatives.
 */
public final class DateScore {
    /** One gold page: its file, its day (YYYY-MM-DD, or null when no date can be determined), its subset. */
    public record Gold(String file, String date, String set) {
    }

    public record Figures(int tp, int fp, int fn, int pages) {
        public double accuracy() {
            int n = tp + fp + fn;
            return n == 0 ? 0 : (double) tp / n;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            int n = tp + fp + fn;
            return n == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        /** The scorer's last line, figure for figure. */
        public String scoreLine() {
            return String.format(Locale.ROOT, "SCORE accuracy=%.4f precision=%.4f recall=%.4f f1=%.4f tp=%d fp=%d fn=%d pages=%d",
                    accuracy(), precision(), recall(), f1(), tp, fp, fn, pages);
        }
    }

    private DateScore() {
    }

    /** Scores predictions (page base name to YYYY-MM-DD or null) against the gold pages. */
    public static Figures score(List<Gold> gold, Map<String, String> predicted) {
        int tp = 0, fp = 0, fn = 0;
        for (Gold g : gold) {
            String p = predicted.get(baseName(g.file()));
            if (p == null) {
                fn++;
            } else if (g.date() != null && p.equals(g.date())) {
                tp++;
            } else {
                fp++;
            }
        }
        return new Figures(tp, fp, fn, gold.size());
    }

    /** The figures for every subset named in the gold ({@code set}), in the order they first appear. */
    public static Map<String, Figures> bySet(List<Gold> gold, Map<String, String> predicted) {
        Map<String, List<Gold>> sets = new LinkedHashMap<>();
        for (Gold g : gold) {
            sets.computeIfAbsent(Objects.requireNonNullElse(g.set(), "(none)"), k -> new ArrayList<>()).add(g);
        }
        Map<String, Figures> out = new LinkedHashMap<>();
        sets.forEach((set, pages) -> out.put(set, score(pages, predicted)));
        return out;
    }

    /** The page a file or source names: its base name, without a WARC record's {@code #target}. */
    public static String baseName(String file) {
        String f = file == null ? "" : file;
        int hash = f.indexOf('#');
        if (hash >= 0) f = f.substring(0, hash);
        int slash = f.lastIndexOf('/');
        return f.substring(slash + 1);
    }
}

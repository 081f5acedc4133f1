package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.onrecord.analyse.Judge;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;

/**
 * {@code onrecord bench nli}: the shipped judge, run in Java as the findings stage runs it, on SNLI dev and on the
 * held-out fifth of the annotated news pairs: accuracy, contradiction F1, and how well its contradiction probability
 * (the larger of both directions) ranks the real contradictions above the other candidate pairs (ROC AUC).
 */
public final class NliBench {
    /** Figures of one set: pairs, accuracy, contradiction precision, recall and F1, AUC (NaN without both classes). */
    public record Figures(String name, int pairs, double accuracy, int contradictions, double precision, double recall, double f1, double auc,
                          List<double[]> thresholds) {
    }

    /** Thresholds on the contradiction probability printed with precision and recall: where the findings stage's sits. */
    static final double[] SWEEP = {0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9};

    private NliBench() {
    }

    public static List<Figures> run(Path shared, Path out, int snliLimit) throws IOException {
        List<Figures> result = new ArrayList<>();
        Judge judge = Judge.get();
        List<String> s1 = Files.readAllLines(shared.resolve("bench/nli/snli/s1.dev"));
        List<String> s2 = Files.readAllLines(shared.resolve("bench/nli/snli/s2.dev"));
        List<String> labels = Files.readAllLines(shared.resolve("bench/nli/snli/labels.dev"));
        List<String[]> pairs = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        for (int i = 0; i < labels.size() && pairs.size() < snliLimit; i++) {
            if (labels.get(i).isBlank()) continue;
            pairs.add(new String[]{s1.get(i).strip(), s2.get(i).strip()});
            gold.add(index(labels.get(i).strip()));
        }
        List<float[]> p = judge.judge(pairs);
        result.add(figures("SNLI dev", gold, p, p));
        List<String[]> ab = new ArrayList<>(), ba = new ArrayList<>();
        List<Integer> news = new ArrayList<>();
        try (Store store = Store.open(NliCorpus.store(shared, out))) {
            NliTraining.Sides sides = new NliTraining.Sides(shared, NliCorpus.resolve(store));
            for (JsonNode n : NliTraining.annotated()) {
                if (!n.path("split").asText().equals("heldout")) continue;
                Statement a = sides.statement(n.path("a")), b = sides.statement(n.path("b"));
                if (a == null || b == null) continue;
                String relation = n.path("relation").asText("");
                ab.add(new String[]{Judge.input(relation, a), Judge.input(null, b)});
                ba.add(new String[]{Judge.input(relation, b), Judge.input(null, a)});
                news.add(index(NliTraining.label(n)));
            }
        }
        if (!news.isEmpty()) result.add(figures("news held out", news, judge.judge(ab), judge.judge(ba)));
        return result;
    }

    private static int index(String label) {
        return switch (label) {
            case "entailment" -> Judge.ENTAILMENT;
            case "contradiction" -> Judge.CONTRADICTION;
            default -> Judge.NEUTRAL;
        };
    }

    /** Both directions averaged for the class; the larger contradiction probability for ranking and flagging. */
    static Figures figures(String name, List<Integer> gold, List<float[]> ab, List<float[]> ba) {
        int right = 0, tp = 0, predicted = 0, actual = 0;
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            float[] x = ab.get(i), y = ba.get(i);
            int best = 0;
            for (int c = 1; c < 3; c++) if (x[c] + y[c] > x[best] + y[best]) best = c;
            if (best == gold.get(i)) right++;
            boolean contra = gold.get(i) == Judge.CONTRADICTION;
            boolean said = best == Judge.CONTRADICTION;
            if (contra) actual++;
            if (said) predicted++;
            if (contra && said) tp++;
            scored.add(new double[]{Math.max(x[Judge.CONTRADICTION], y[Judge.CONTRADICTION]), contra ? 1 : 0});
        }
        double precision = predicted == 0 ? 0 : (double) tp / predicted, recall = actual == 0 ? 0 : (double) tp / actual;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        List<double[]> sweep = new ArrayList<>();
        for (double t : SWEEP) {
            int flagged = 0, hit = 0;
            for (double[] x : scored) {
                if (x[0] < t) continue;
                flagged++;
                if (x[1] > 0) hit++;
            }
            sweep.add(new double[]{t, flagged, flagged == 0 ? 0 : (double) hit / flagged, actual == 0 ? 0 : (double) hit / actual});
        }
        return new Figures(name, gold.size(), gold.isEmpty() ? 0 : (double) right / gold.size(), actual, precision, recall, f1, auc(scored), sweep);
    }

    /** The probability that a random positive scores above a random negative (ties count half). */
    static double auc(List<double[]> scored) {
        List<double[]> sorted = new ArrayList<>(scored);
        sorted.sort((a, b) -> Double.compare(a[0], b[0]));
        double rankSum = 0;
        long positives = 0, negatives = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j)[0] == sorted.get(i)[0]) j++;
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (sorted.get(k)[1] > 0) {
                    rankSum += rank;
                    positives++;
                } else {
                    negatives++;
                }
            }
            i = j;
        }
        if (positives == 0 || negatives == 0) return Double.NaN;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}

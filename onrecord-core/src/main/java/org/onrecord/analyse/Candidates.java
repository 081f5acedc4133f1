package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onrecord.model.Statement;

/**
 * Cheap candidate pairs before any parse or embedding: statements that share rare words (an inverted index,
 * IDF-weighted overlap), whose speakers could make a finding (the same speaker, colleagues, or anyone against
 * a denial). Only these pairs are embedded and parsed, which keeps the cross-document stage within seconds on
 * thousands of statements.
 */
final class Candidates {
    /** IDF-weighted word overlap (cosine) a pair needs to be considered at all. */
    static final double MIN_OVERLAP = 0.05;
    /** Added to the overlap of a pair where one side is negative and the other not: the commonest form of a finding. */
    static final double POLARITY_BONUS = 0.15;
    /** Pairs kept per statement, best first. */
    static final int PER_STATEMENT = 6;
    static final Pattern NEGATIVE = Pattern.compile("(?i)\\b(not|no|never|none|nobody|nothing|neither|nor|without)\\b|n[’']t\\b"
            + "|\\b(den(?:y|ies|ied|ying)|reject\\w*|refut\\w*|dismiss\\w*|rebut\\w*|repudiat\\w*|disavow\\w*|wrong|false|untrue|baseless)\\b");
    private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "was", "his", "her", "has", "have", "are",
            "were", "this", "from", "but", "not", "they", "had", "who", "will", "its", "been", "said", "says", "would", "their",
            "she", "him", "about", "after", "more", "which", "when", "than", "also", "there", "what", "into", "over", "one", "our",
            "out", "all", "can", "them", "just", "like", "you", "your", "it's", "should", "may", "because", "very", "any", "some",
            "these", "those", "being", "did", "does", "how", "why", "where", "then", "could", "might", "must", "we're",
            "i'm", "don't", "didn't", "won't", "can't", "isn't", "wasn't", "think", "know", "going", "get", "got", "lot", "thing");

    record Pair(int a, int b, double overlap) {
    }

    private Candidates() {
    }

    /** Candidate pairs among {@code statements}, best first; {@code related} says whether two speakers could make a finding. */
    static List<Pair> pairs(List<Statement> statements, Related related) {
        List<Map<String, Integer>> words = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Map<String, Integer> w = words(statements.get(i).text());
            words.add(w);
            for (String k : w.keySet()) index.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        int n = statements.size();
        Map<String, Double> idf = new HashMap<>();
        index.forEach((k, l) -> idf.put(k, Math.log((n + 1.0) / l.size())));
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (String k : words.get(i).keySet()) s += idf.get(k) * idf.get(k);
            norm[i] = Math.sqrt(s);
        }
        boolean[] negative = new boolean[n];
        for (int i = 0; i < n; i++) negative[i] = NEGATIVE.matcher(statements.get(i).text() + " " + nullToEmpty(statements.get(i).cue())).find();
        int common = Math.max(40, n / 20);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> dot = new HashMap<>();
            for (String k : words.get(i).keySet()) {
                List<Integer> with = index.get(k);
                if (with.size() > common) continue; // a word in every other statement links nothing
                double w = idf.get(k) * idf.get(k);
                for (int j : with) if (j > i) dot.merge(j, w, Double::sum);
            }
            List<Pair> mine = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : dot.entrySet()) {
                int j = e.getKey();
                double cos = e.getValue() / (norm[i] * norm[j]);
                if (cos < MIN_OVERLAP) continue;
                if (!related.test(statements.get(i), statements.get(j), negative[i] || negative[j])) continue;
                mine.add(new Pair(i, j, cos + (negative[i] != negative[j] ? POLARITY_BONUS : 0)));
            }
            mine.sort((x, y) -> Double.compare(y.overlap(), x.overlap()));
            out.addAll(mine.subList(0, Math.min(PER_STATEMENT, mine.size())));
        }
        out.sort((x, y) -> Double.compare(y.overlap(), x.overlap()));
        return out;
    }

    /** Whether two statements' speakers could make a finding (one of them negative or denying: {@code negative}). */
    interface Related {
        boolean test(Statement a, Statement b, boolean negative);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Content words, lower case, plural and past endings cut so "sold"/"sells" stay apart but "rifles"/"rifle" meet. */
    static Map<String, Integer> words(String text) {
        Map<String, Integer> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (w.length() < 3 || STOP.contains(w)) continue;
            String k = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (k.length() > 4 && k.endsWith("s") && !k.endsWith("ss")) k = k.substring(0, k.length() - 1);
            if (seen.add(k)) out.put(k, 1);
        }
        return out;
    }
}

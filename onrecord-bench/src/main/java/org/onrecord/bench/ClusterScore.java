package org.onrecord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code score_clusters.py}'s B-cubed and pairwise precision, recall and F1 of a grouping against gold. */
public final class ClusterScore {
    public record Figures(double bcubedP, double bcubedR, double bcubedF1, double pairwiseP, double pairwiseR, double pairwiseF1,
                          int docs, int goldClusters, int predClusters) {
        public String scoreLine() {
            return String.format(Locale.ROOT, "SCORE bcubed_p=%.4f bcubed_r=%.4f bcubed_f1=%.4f pairwise_p=%.4f pairwise_r=%.4f "
                    + "pairwise_f1=%.4f docs=%d gold_clusters=%d pred_clusters=%d", bcubedP, bcubedR, bcubedF1, pairwiseP, pairwiseR,
                    pairwiseF1, docs, goldClusters, predClusters);
        }
    }

    private ClusterScore() {
    }

    public static Figures evaluate(Path goldTsv, Path predTsv) throws IOException {
        Map<String, Set<String>> goldOf = read(goldTsv);
        Map<String, String> gold = new LinkedHashMap<>();
        goldOf.forEach((d, cs) -> {
            if (cs.size() == 1) gold.put(d, cs.iterator().next());
        });
        Map<String, Set<String>> predOf = read(predTsv);
        Map<String, String> pred = new HashMap<>();
        for (String d : gold.keySet()) {
            Set<String> p = predOf.get(d);
            pred.put(d, p == null || p.isEmpty() ? "singleton:" + d : p.iterator().next());
        }
        Map<String, Set<String>> gc = invert(gold), pc = invert(pred);
        double p = 0, r = 0;
        for (String d : gold.keySet()) {
            Set<String> c = pc.get(pred.get(d)), g = gc.get(gold.get(d));
            long both = c.stream().filter(g::contains).count();
            p += (double) both / c.size();
            r += (double) both / g.size();
        }
        int n = gold.size();
        p /= n;
        r /= n;
        long inPred = pairs(pc), inGold = pairs(gc), inBoth = 0;
        List<String> ds = List.copyOf(gold.keySet());
        for (int i = 0; i < ds.size(); i++) {
            for (int j = i + 1; j < ds.size(); j++) {
                if (gold.get(ds.get(i)).equals(gold.get(ds.get(j))) && pred.get(ds.get(i)).equals(pred.get(ds.get(j)))) inBoth++;
            }
        }
        double pp = inPred == 0 ? 0 : (double) inBoth / inPred, pr = inGold == 0 ? 0 : (double) inBoth / inGold;
        return new Figures(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), pp, pr, pp + pr == 0 ? 0 : 2 * pp * pr / (pp + pr), n, gc.size(), pc.size());
    }

    private static long pairs(Map<String, Set<String>> clusters) {
        long n = 0;
        for (Set<String> c : clusters.values()) n += (long) c.size() * (c.size() - 1) / 2;
        return n;
    }

    private static Map<String, Set<String>> invert(Map<String, String> m) {
        Map<String, Set<String>> out = new HashMap<>();
        m.forEach((d, c) -> out.computeIfAbsent(c, k -> new HashSet<>()).add(d));
        return out;
    }

    private static Map<String, Set<String>> read(Path tsv) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        boolean first = true;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (first && List.of("doc_id", "doc_uuid", "doc", "id").contains(f[0])) {
                first = false;
                continue;
            }
            first = false;
            if (f.length < 2) throw new IOException(tsv + ": line with fewer than two fields: " + line);
            out.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        }
        return out;
    }
}

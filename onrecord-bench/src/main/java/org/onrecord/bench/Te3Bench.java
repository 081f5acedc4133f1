package org.onrecord.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.onrecord.annotate.TimeExpression;
import org.onrecord.annotate.TimeTagger;

/**
 * TempEval-3 platinum ({@code shared/bench/te3}): Onrecord's time tagger over the 20 input texts,
 * written as {@code OUT/te3.jsonl} and scored as {@code score_te3.py} scores it (strict and relaxed
 * extents on character offsets, value and type accuracy over relaxed pairs, micro-averaged).
 */
public final class Te3Bench {
    /** Counts and figures, named as score_te3.py names them. */
    public record Figures(int gold, int system, int strictTp, int relaxedTp, int valueTp, int typeTp) {
        private static double[] prf(int tp, int sys, int gold) {
            double p = sys == 0 ? 0 : (double) tp / sys, r = gold == 0 ? 0 : (double) tp / gold;
            return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }

        public double[] strict() {
            return prf(strictTp, system, gold);
        }

        public double[] relaxed() {
            return prf(relaxedTp, system, gold);
        }

        public double valueAccuracy() {
            return relaxedTp == 0 ? 0 : (double) valueTp / relaxedTp;
        }

        public double typeAccuracy() {
            return relaxedTp == 0 ? 0 : (double) typeTp / relaxedTp;
        }

        public String scoreLine() {
            double[] s = strict(), r = relaxed();
            double va = valueAccuracy(), ta = typeAccuracy();
            return String.format(Locale.ROOT, "SCORE strict_p=%.4f strict_r=%.4f strict_f1=%.4f relaxed_p=%.4f relaxed_r=%.4f "
                            + "relaxed_f1=%.4f value_accuracy=%.4f value_p=%.4f value_r=%.4f value_f1=%.4f type_accuracy=%.4f "
                            + "type_f1=%.4f gold=%d system=%d strict_tp=%d relaxed_tp=%d value_tp=%d type_tp=%d text_mismatch=0",
                    s[0], s[1], s[2], r[0], r[1], r[2], va, va * r[0], va * r[1], va * r[2], ta, ta * r[2],
                    gold, system, strictTp, relaxedTp, valueTp, typeTp);
        }
    }

    public record Result(Figures figures, Path output) {
    }

    private Te3Bench() {
    }

    public static Result run(Path shared, Path outDir) throws IOException {
        Path te3 = shared.resolve("bench/te3");
        Map<String, TimeMl> inputs = new TreeMap<>();
        for (Path p : list(te3.resolve("TE3-platinum-test"), ".TE3input")) {
            TimeMl t = TimeMl.read(p);
            inputs.put(t.doc(), t);
        }
        Map<String, TimeMl> golds = new TreeMap<>();
        for (Path p : list(te3.resolve("te3-platinum"), ".tml")) {
            TimeMl t = TimeMl.read(p);
            golds.put(t.doc().equals("nyt_20130321_sarcozy") ? "nyt_20130321_sarkozy" : t.doc(), t);
        }
        Files.createDirectories(outDir);
        Path out = outDir.resolve("te3.jsonl");
        ObjectMapper json = new ObjectMapper();
        int gold = 0, system = 0, strictTp = 0, relaxedTp = 0, valueTp = 0, typeTp = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (TimeMl in : inputs.values()) {
                LocalDate dct = in.dct() == null ? null : LocalDate.parse(in.dct().substring(0, 10));
                List<TimeExpression> found = TimeTagger.tag(in.text(), dct);
                for (TimeExpression t : found) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("doc", in.doc());
                    row.put("start", t.start());
                    row.put("end", t.end());
                    row.put("type", t.type());
                    row.put("value", t.value());
                    row.put("text", in.text().substring(t.start(), t.end()));
                    w.write(json.writeValueAsString(row));
                    w.write('\n');
                }
                TimeMl g = golds.get(in.doc());
                if (g == null) {
                    throw new IOException("no gold file for " + in.doc());
                }
                List<int[]> strict = new ArrayList<>(), relaxed = new ArrayList<>();
                match(in.text(), g.timexes(), found, strict, relaxed);
                gold += g.timexes().size();
                system += found.size();
                strictTp += strict.size();
                relaxedTp += relaxed.size();
                for (int[] pair : relaxed) {
                    TimeMl.Timex gt = g.timexes().get(pair[0]);
                    TimeExpression st = found.get(pair[1]);
                    valueTp += gt.value().equals(st.value()) ? 1 : 0;
                    typeTp += gt.type().equals(st.type()) ? 1 : 0;
                }
            }
        }
        return new Result(new Figures(gold, system, strictTp, relaxedTp, valueTp, typeTp), out);
    }

    /** score_te3.py's one-to-one matching: identical spans first, then augmenting paths by overlap. */
    static void match(String text, List<TimeMl.Timex> golds, List<TimeExpression> preds, List<int[]> strict, List<int[]> relaxed) {
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < preds.size(); j++) order.add(j);
        order.sort(Comparator.<Integer>comparingInt(j -> preds.get(j).start()).thenComparingInt(j -> preds.get(j).end()).thenComparingInt(j -> j));
        Map<Integer, Integer> goldOf = new HashMap<>(), predOf = new HashMap<>();
        for (int j : order) {
            for (int i = 0; i < golds.size(); i++) {
                if (golds.get(i).start() == preds.get(j).start() && golds.get(i).end() == preds.get(j).end() && !goldOf.containsKey(i)) {
                    goldOf.put(i, j);
                    predOf.put(j, i);
                    strict.add(new int[]{i, j});
                    break;
                }
            }
        }
        Map<Integer, List<Integer>> cand = new HashMap<>();
        for (int j : order) {
            if (predOf.containsKey(j)) continue;
            List<int[]> ovs = new ArrayList<>();
            for (int i = 0; i < golds.size(); i++) {
                if (goldOf.containsKey(i)) continue;
                int ov = overlap(text, golds.get(i).start(), golds.get(i).end(), preds.get(j).start(), preds.get(j).end());
                if (ov > 0) ovs.add(new int[]{ov, i});
            }
            ovs.sort(Comparator.<int[]>comparingInt(x -> -x[0]).thenComparingInt(x -> golds.get(x[1]).start()));
            cand.put(j, ovs.stream().map(x -> x[1]).toList());
        }
        Map<Integer, Integer> owner = new HashMap<>();
        for (int j : order) {
            if (cand.containsKey(j)) augment(j, new HashSet<>(), cand, owner);
        }
        relaxed.addAll(strict);
        owner.forEach((i, j) -> relaxed.add(new int[]{i, j}));
    }

    private static boolean augment(int j, Set<Integer> seen, Map<Integer, List<Integer>> cand, Map<Integer, Integer> owner) {
        for (int i : cand.get(j)) {
            if (!seen.add(i)) continue;
            if (!owner.containsKey(i) || augment(owner.get(i), seen, cand, owner)) {
                owner.put(i, j);
                return true;
            }
        }
        return false;
    }

    private static int overlap(String text, int gs, int ge, int ps, int pe) {
        int lo = Math.max(gs, ps), hi = Math.min(ge, pe), n = 0;
        for (int k = lo; k < hi; k++) if (!Character.isWhitespace(text.charAt(k))) n++;
        return n;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not found (is --shared the shared folder?)");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}

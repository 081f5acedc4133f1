package org.onrecord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code score_polnear.py}'s metric: exact P/R/F1 of normalised Content, Source and Cue spans, content
 * token overlap, and attribution accuracy over one-to-one content-matched relation pairs; micro-averaged.
 */
public final class PolnearScore {
    private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ((?:\\d+ \\d+;?)+)(?:\\t.*)?$");
    private static final Pattern E_LINE = Pattern.compile("^(E\\d+)\\t(.*)$");
    private static final Pattern ANN = Pattern.compile("^(.+)_([0-9a-f]{4})\\.ann$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    record Relation(List<int[]> source, List<int[]> cue, List<int[]> content) {
    }

    /** The scorer's figures, named as it names them. */
    public record Figures(Map<String, Double> values, int attributionN, int goldRelations, int predRelations, int articles, int predFiles) {
        public double get(String k) {
            return values.get(k);
        }

        public String scoreLine() {
            StringBuilder sb = new StringBuilder("SCORE");
            for (String k : List.of("content_exact_p", "content_exact_r", "content_exact_f1", "source_exact_p", "source_exact_r",
                    "source_exact_f1", "cue_exact_p", "cue_exact_r", "cue_exact_f1", "content_overlap_p", "content_overlap_r",
                    "content_overlap_f1", "attribution_acc")) {
                sb.append(String.format(Locale.ROOT, " %s=%.4f", k, values.get(k)));
            }
            return sb.append(String.format(Locale.ROOT, " attribution_n=%d gold_relations=%d pred_relations=%d articles=%d pred_files=%d",
                    attributionN, goldRelations, predRelations, articles, predFiles)).toString();
        }
    }

    private PolnearScore() {
    }

    /** The gold file of each article: the annotator file with the smallest annotator id. */
    static Map<String, Path> goldFiles(Path goldDir) throws IOException {
        Map<String, Path> gold = new TreeMap<>();
        try (Stream<Path> s = Files.list(goldDir.resolve("attributions"))) {
            for (Path p : s.sorted().toList()) {
                Matcher m = ANN.matcher(p.getFileName().toString());
                if (m.matches()) gold.putIfAbsent(m.group(1), p);
            }
        }
        return gold;
    }

    public static Figures evaluate(Path goldDir, Path predDir) throws IOException {
        Map<String, Path> gold = goldFiles(goldDir);
        long[] c = new long[16];
        Map<String, Integer> idx = new HashMap<>();
        String[] names = {"content_tp", "content_np", "content_ng", "source_tp", "source_np", "source_ng", "cue_tp", "cue_np",
                "cue_ng", "ov_tp", "ov_np", "ov_ng", "att_n", "att_ok", "gold_rel", "pred_rel"};
        for (int i = 0; i < names.length; i++) idx.put(names[i], i);
        int predFiles = 0;
        for (Map.Entry<String, Path> e : gold.entrySet()) {
            if (Files.exists(predDir.resolve(e.getKey() + ".ann"))) predFiles++;
            String text = Files.readString(goldDir.resolve("text").resolve(e.getKey() + ".txt"), StandardCharsets.UTF_8);
            Path pf = predDir.resolve(e.getKey() + ".ann");
            List<Relation> pred = Files.exists(pf) ? parse(pf, text) : List.of();
            score(text, parse(e.getValue(), text), pred, c, idx);
        }
        Map<String, Double> v = new LinkedHashMap<>();
        for (String k : List.of("content", "source", "cue")) {
            double[] prf = prf(c[idx.get(k + "_tp")], c[idx.get(k + "_np")], c[idx.get(k + "_ng")]);
            v.put(k + "_exact_p", prf[0]);
            v.put(k + "_exact_r", prf[1]);
            v.put(k + "_exact_f1", prf[2]);
        }
        double[] ov = prf(c[idx.get("ov_tp")], c[idx.get("ov_np")], c[idx.get("ov_ng")]);
        v.put("content_overlap_p", ov[0]);
        v.put("content_overlap_r", ov[1]);
        v.put("content_overlap_f1", ov[2]);
        long n = c[idx.get("att_n")];
        v.put("attribution_acc", n == 0 ? 0 : (double) c[idx.get("att_ok")] / n);
        return new Figures(v, (int) n, (int) c[idx.get("gold_rel")], (int) c[idx.get("pred_rel")], gold.size(), predFiles);
    }

    static List<Relation> parse(Path file, String text) throws IOException {
        Map<String, List<int[]>> t = new HashMap<>();
        List<String[]> e = new ArrayList<>();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
            line = line.replaceAll("\r$", "");
            Matcher m = T_LINE.matcher(line);
            if (m.matches()) {
                List<int[]> spans = new ArrayList<>();
                for (String s : m.group(3).split(";")) {
                    String[] ab = s.trim().split(" ");
                    spans.add(new int[]{Integer.parseInt(ab[0]), Integer.parseInt(ab[1])});
                }
                t.put(m.group(1), spans);
                continue;
            }
            m = E_LINE.matcher(line);
            if (m.matches()) e.add(m.group(2).split("\\s+"));
        }
        List<Relation> out = new ArrayList<>();
        for (String[] args : e) {
            Map<String, List<int[]>> roles = new HashMap<>();
            for (String arg : args) {
                int colon = arg.indexOf(':');
                if (colon < 0) continue;
                String role = arg.substring(0, colon).replaceAll("\\d+$", "");
                if (!role.equals("Source") && !role.equals("Cue") && !role.equals("Content")) continue;
                List<int[]> spans = t.get(arg.substring(colon + 1));
                if (spans == null) throw new IOException(file + ": " + arg + " names no T entry");
                roles.computeIfAbsent(role, k -> new ArrayList<>()).addAll(spans);
            }
            out.add(new Relation(roles.getOrDefault("Source", List.of()), roles.getOrDefault("Cue", List.of()),
                    roles.getOrDefault("Content", List.of())));
        }
        return out;
    }

    /** The scorer's canon(): trimmed fragments, merged where only white space separates them. */
    static String canon(String text, List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : sorted) {
            int a = s[0], b = s[1];
            while (a < b && pySpace(text.charAt(a))) a++;
            while (b > a && pySpace(text.charAt(b - 1))) b--;
            if (b <= a) continue;
            if (!merged.isEmpty()) {
                int[] last = merged.get(merged.size() - 1);
                if (a <= last[1] || text.substring(last[1], a).chars().allMatch(ch -> pySpace((char) ch))) {
                    last[1] = Math.max(last[1], b);
                    continue;
                }
            }
            merged.add(new int[]{a, b});
        }
        StringBuilder k = new StringBuilder();
        for (int[] m : merged) k.append(m[0]).append('-').append(m[1]).append(';');
        return k.toString();
    }

    /** Python's str.isspace() for one character (no-break spaces included, unlike Java's isWhitespace). */
    static boolean pySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static void score(String text, List<Relation> gold, List<Relation> pred, long[] c, Map<String, Integer> idx) {
        int[][] tokens = tokens(text);
        for (String k : List.of("content", "source", "cue")) {
            Set<String> g = new HashSet<>(), p = new HashSet<>();
            for (Relation r : gold) add(g, canon(text, spans(r, k)));
            for (Relation r : pred) add(p, canon(text, spans(r, k)));
            Set<String> both = new HashSet<>(g);
            both.retainAll(p);
            c[idx.get(k + "_tp")] += both.size();
            c[idx.get(k + "_np")] += p.size();
            c[idx.get(k + "_ng")] += g.size();
        }
        List<Set<Integer>> gt = gold.stream().map(r -> covered(tokens, r.content())).toList();
        List<Set<Integer>> pt = pred.stream().map(r -> covered(tokens, r.content())).toList();
        Set<Integer> allG = new HashSet<>(), allP = new HashSet<>();
        gt.forEach(allG::addAll);
        pt.forEach(allP::addAll);
        Set<Integer> ov = new HashSet<>(allG);
        ov.retainAll(allP);
        c[idx.get("ov_tp")] += ov.size();
        c[idx.get("ov_np")] += allP.size();
        c[idx.get("ov_ng")] += allG.size();
        List<double[]> cands = new ArrayList<>();
        for (int gi = 0; gi < gt.size(); gi++) {
            if (gt.get(gi).isEmpty()) continue;
            Set<Integer> gCue = covered(tokens, gold.get(gi).cue());
            for (int pj = 0; pj < pt.size(); pj++) {
                if (pt.get(pj).isEmpty()) continue;
                Set<Integer> inter = new HashSet<>(gt.get(gi));
                inter.retainAll(pt.get(pj));
                Set<Integer> union = new HashSet<>(gt.get(gi));
                union.addAll(pt.get(pj));
                double j = (double) inter.size() / union.size();
                if (j >= 0.5) {
                    Set<Integer> pc = covered(tokens, pred.get(pj).cue());
                    pc.retainAll(gCue);
                    cands.add(new double[]{-j, pc.isEmpty() ? 1 : 0, gi, pj});
                }
            }
        }
        cands.sort((x, y) -> {
            for (int i = 0; i < 4; i++) if (x[i] != y[i]) return Double.compare(x[i], y[i]);
            return 0;
        });
        Set<Integer> usedG = new HashSet<>(), usedP = new HashSet<>();
        for (double[] cand : cands) {
            int gi = (int) cand[2], pj = (int) cand[3];
            if (usedG.contains(gi) || usedP.contains(pj)) continue;
            usedG.add(gi);
            usedP.add(pj);
            c[idx.get("att_n")]++;
            Set<Integer> gs = covered(tokens, gold.get(gi).source()), ps = covered(tokens, pred.get(pj).source());
            Set<Integer> inter = new HashSet<>(gs);
            inter.retainAll(ps);
            if (!inter.isEmpty() || gs.isEmpty() && ps.isEmpty()) c[idx.get("att_ok")]++;
        }
        c[idx.get("gold_rel")] += gold.size();
        c[idx.get("pred_rel")] += pred.size();
    }

    private static void add(Set<String> set, String canon) {
        if (!canon.isEmpty()) set.add(canon);
    }

    private static List<int[]> spans(Relation r, String k) {
        return k.equals("content") ? r.content() : k.equals("source") ? r.source() : r.cue();
    }

    private static int[][] tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(new int[]{m.start(), m.end()});
        return out.toArray(new int[0][]);
    }

    private static Set<Integer> covered(int[][] tokens, List<int[]> spans) {
        Set<Integer> out = new HashSet<>();
        int[] ends = Arrays.stream(tokens).mapToInt(t -> t[1]).toArray();
        for (int[] s : spans) {
            if (s[1] <= s[0]) continue;
            int i = upperBound(ends, s[0]);
            while (i < tokens.length && tokens[i][0] < s[1]) out.add(i++);
        }
        return out;
    }

    private static int upperBound(int[] a, int key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static double[] prf(long tp, long np, long ng) {
        double p = np == 0 ? 0 : (double) tp / np, r = ng == 0 ? 0 : (double) tp / ng;
        return new double[]{p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }
}

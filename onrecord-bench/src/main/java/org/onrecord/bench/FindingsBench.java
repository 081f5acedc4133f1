package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;

/**
 * The findings dev set (devsets/findings-pairs.jsonl, see FINDINGS-README.md): analyses every file its pairs
 * name into one store (BASIL articles as their body text, HTML pages through ingest and clean, as analyze does),
 * matches each span to the statement overlapping it (BASIL: by offsets; HTML: by the span's words, recovered
 * from the raw page, against each statement's words), and counts per type the true pairs found and the
 * look-alikes flagged.
 */
public final class FindingsBench {
    public static final List<String> TYPES = List.of("contradiction", "colleague_inconsistency", "disputed", "shift");

    /** Per type: true pairs, found, both sides extracted; look-alikes and how many flagged. */
    public record Result(Map<String, int[]> perType, int lookalikes, int lookalikesFlagged, int notExtracted, List<String> lines) {
    }

    /** Contradiction thresholds the sweep prints: true pairs that are candidates at or above each, and look-alikes. */
    static final double[] SWEEP = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};

    private FindingsBench() {
    }

    public static Result run(Path shared, Path outDir) throws IOException {
        return run(shared, outDir, false, false);
    }

    /**
     * As {@link #run(Path, Path)}; with {@code reuse} the per-document stages of an earlier run's store are kept and
     * only the cross-document stages run again; with {@code explain} every missed true pair and every flagged
     * look-alike is printed with its two statements and why the analysis did what it did.
     */
    public static Result run(Path shared, Path outDir, boolean reuse, boolean explain) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> pairs = new ArrayList<>();
        try (InputStream in = FindingsBench.class.getResourceAsStream("devsets/findings-pairs.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) pairs.add(json.readTree(line));
            }
        }
        Set<String> files = new LinkedHashSet<>();
        for (JsonNode p : pairs) {
            files.add(p.path("a").path("file").asText());
            files.add(p.path("b").path("file").asText());
        }
        Files.createDirectories(outDir);
        Path db = outDir.resolve("findings.db");
        boolean again = reuse && Files.exists(db);
        if (!again) Files.deleteIfExists(db);
        Map<String, String> docOf = new HashMap<>();
        Map<String, String> rawText = new HashMap<>();
        try (Store store = Store.open(db)) {
            List<String> html = new ArrayList<>();
            for (String f : files) {
                Path p = shared.resolve(f);
                if (f.endsWith(".json")) {
                    Document d = BasilText.read(shared, f).document(org.onrecord.model.Ids.of("d", f));
                    if (!again) store.putDocument(d, Standard.statements(d));
                    docOf.put(f, d.id());
                } else {
                    html.add(p.toString());
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                        rawText.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            if (!again) new Pipeline(store, Manifest.EMPTY, Standard::analyse, Pipeline.CrossDocument.NONE).run(html, Pipeline.Progress.NONE);
            Standard.crossDocument(store);
            for (Document d : store.documents()) {
                for (String f : files) if (d.source().endsWith(f)) docOf.putIfAbsent(f, d.id());
            }
            Result r = score(pairs, docOf, rawText, store.statements(), store.findings());
            r.lines().addAll(sweep(store, pairs, docOf, rawText));
            if (explain) r.lines().addAll(explain(store, pairs, docOf, rawText));
            return r;
        }
    }

    /**
     * At each contradiction threshold, how many true pairs (any type) would be flagged and how many look-alikes: the
     * judge's probability whatever the type, for choosing the findings stage's threshold on this set.
     */
    private static List<String> sweep(Store store, List<JsonNode> pairs, Map<String, String> docOf, Map<String, String> raw) {
        List<Statement> statements = store.statements();
        Map<String, List<Statement>> byDoc = new HashMap<>();
        for (Statement s : statements) byDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
        List<String[]> asked = new ArrayList<>();
        List<Boolean> truth = new ArrayList<>();
        int candidates = 0, trueCount = 0, lookCount = 0;
        for (JsonNode p : pairs) {
            Statement a = match(p.path("a"), docOf, raw, byDoc), b = match(p.path("b"), docOf, raw, byDoc);
            boolean real = !p.path("type").asText().equals("none");
            if (real) trueCount++;
            else lookCount++;
            if (a == null || b == null) continue;
            asked.add(new String[]{a.id(), b.id()});
            truth.add(real);
        }
        var judged = org.onrecord.analyse.Analyse.judged(store.documents(), statements, store.people(), Standard.cache(store), asked);
        List<String> out = new ArrayList<>();
        for (double t : SWEEP) {
            int found = 0, flagged = 0;
            for (int i = 0; i < asked.size(); i++) {
                var c = judged.get(asked.get(i)[0] + "|" + asked.get(i)[1]);
                if (c == null || c.contradiction() < t) continue;
                if (truth.get(i)) found++;
                else flagged++;
            }
            out.add(String.format(java.util.Locale.ROOT, "contradiction >= %.1f: true pairs flagged %d/%d, look-alikes flagged %d/%d", t, found, trueCount,
                    flagged, lookCount));
        }
        for (int i = 0; i < asked.size(); i++) if (judged.get(asked.get(i)[0] + "|" + asked.get(i)[1]) != null) candidates++;
        out.add(judgeAlone(statements, asked, truth));
        out.add(String.format(java.util.Locale.ROOT, "candidate pairs among the set's extracted pairs: %d/%d", candidates, asked.size()));
        return out;
    }

    /**
     * The judge alone on every extracted pair of the set, candidate or not (relation: same speaker or third party by
     * the extracted speakers): how well its contradiction probability ranks true pairs above look-alikes (ROC AUC),
     * so that the judge and the candidate stage are measured apart.
     */
    private static String judgeAlone(List<Statement> statements, List<String[]> asked, List<Boolean> truth) {
        Map<String, Statement> byId = new HashMap<>();
        statements.forEach(s -> byId.put(s.id(), s));
        List<String[]> inputs = new ArrayList<>();
        for (String[] p : asked) {
            Statement a = byId.get(p[0]), b = byId.get(p[1]);
            String relation = a.speaker() != null && a.speaker().equals(b.speaker()) ? "same speaker" : "third party";
            inputs.add(new String[]{org.onrecord.analyse.Judge.input(relation, a), org.onrecord.analyse.Judge.input(null, b)});
            inputs.add(new String[]{org.onrecord.analyse.Judge.input(relation, b), org.onrecord.analyse.Judge.input(null, a)});
        }
        List<float[]> p = org.onrecord.analyse.Judge.get().judge(inputs);
        double[] score = new double[asked.size()];
        for (int i = 0; i < asked.size(); i++) score[i] = Math.max(p.get(2 * i)[2], p.get(2 * i + 1)[2]);
        long pos = truth.stream().filter(t -> t).count(), neg = truth.size() - pos;
        double wins = 0;
        int above = 0;
        for (int i = 0; i < score.length; i++) {
            if (truth.get(i) && score[i] >= 0.5) above++;
            if (!truth.get(i)) continue;
            for (int j = 0; j < score.length; j++) {
                if (truth.get(j)) continue;
                wins += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
            }
        }
        return String.format(java.util.Locale.ROOT, "judge alone on the %d extracted pairs: true pairs ranked above look-alikes (AUC) %.3f; true pairs at >= 0.5: %d/%d",
                asked.size(), pos == 0 || neg == 0 ? Double.NaN : wins / (pos * neg), above, pos);
    }

    /** Each missed true pair and each flagged look-alike with its statements and the analysis' reasons. */
    private static List<String> explain(Store store, List<JsonNode> pairs, Map<String, String> docOf, Map<String, String> raw) {
        List<Statement> statements = store.statements();
        Map<String, List<Statement>> byDoc = new HashMap<>();
        for (Statement s : statements) byDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
        Set<String> flagged = new HashSet<>();
        for (Finding f : store.findings()) {
            List<String> ids = new ArrayList<>(List.of(f.a(), String.valueOf(f.b())));
            ids.addAll(f.evidence());
            for (String x : ids) for (String y : ids) flagged.add(x + "|" + y + "|" + f.type());
        }
        List<String[]> asked = new ArrayList<>();
        List<JsonNode> which = new ArrayList<>();
        List<Statement[]> sides = new ArrayList<>();
        for (JsonNode p : pairs) {
            Statement a = match(p.path("a"), docOf, raw, byDoc), b = match(p.path("b"), docOf, raw, byDoc);
            if (a == null || b == null) continue;
            String type = p.path("type").asText();
            boolean found = flagged.contains(a.id() + "|" + b.id() + "|" + type);
            boolean any = TYPES.stream().anyMatch(t -> flagged.contains(a.id() + "|" + b.id() + "|" + t));
            if (type.equals("none") ? !any : found) continue;
            asked.add(new String[]{a.id(), b.id()});
            which.add(p);
            sides.add(new Statement[]{a, b});
        }
        Map<String, String> why = org.onrecord.analyse.Analyse.explain(store.documents(), statements, store.people(),
                Standard.cache(store), asked);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            JsonNode p = which.get(i);
            out.add("== " + p.path("id").asText() + " " + p.path("type").asText() + " " + p.path("lookalike").asText(""));
            for (Statement s : sides.get(i)) {
                out.add("  [" + s.speaker() + " | " + s.speakerMention() + " | " + s.cue() + " | " + s.kind().label() + "] " + s.text());
            }
            out.add("    " + why.get(asked.get(i)[0] + "|" + asked.get(i)[1]));
        }
        return out;
    }

    private static Result score(List<JsonNode> pairs, Map<String, String> docOf, Map<String, String> raw, List<Statement> statements, List<Finding> findings) {
        Map<String, List<Statement>> byDoc = new HashMap<>();
        for (Statement s : statements) byDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
        Map<String, Set<String>> flagged = new HashMap<>();
        for (Finding f : findings) {
            if (f.b() == null) continue;
            List<String> ids = new ArrayList<>(List.of(f.a(), f.b()));
            ids.addAll(f.evidence());
            for (String x : ids) for (String y : ids) if (!x.equals(y)) flagged.computeIfAbsent(x + "|" + y, k -> new HashSet<>()).add(f.type());
        }
        Map<String, int[]> per = new LinkedHashMap<>();
        TYPES.forEach(t -> per.put(t, new int[3]));
        int look = 0, lookFlagged = 0, missing = 0;
        List<String> lines = new ArrayList<>();
        for (JsonNode p : pairs) {
            Statement a = match(p.path("a"), docOf, raw, byDoc), b = match(p.path("b"), docOf, raw, byDoc);
            String type = p.path("type").asText();
            boolean extracted = a != null && b != null;
            if (!extracted) missing++;
            Set<String> types = extracted ? flagged.getOrDefault(a.id() + "|" + b.id(), Set.of()) : Set.of();
            if (type.equals("none")) {
                look++;
                if (!types.isEmpty()) {
                    lookFlagged++;
                    lines.add("FLAGGED look-alike " + p.path("id").asText() + " (" + p.path("lookalike").asText() + ") as " + types);
                }
            } else if (per.containsKey(type)) {
                int[] c = per.get(type);
                c[0]++;
                if (extracted) c[2]++;
                if (types.contains(type)) c[1]++;
            }
            if (!extracted) lines.add("NOT EXTRACTED " + p.path("id").asText() + " side " + (a == null ? "a" : "b"));
        }
        return new Result(per, look, lookFlagged, missing, new ArrayList<>(lines));
    }

    /** The statement a span names: most overlap with its offsets (BASIL) or its words (HTML). */
    private static Statement match(JsonNode span, Map<String, String> docOf, Map<String, String> raw, Map<String, List<Statement>> byDoc) {
        String file = span.path("file").asText();
        List<Statement> in = byDoc.getOrDefault(docOf.get(file), List.of());
        int start = span.path("start").asInt(), end = span.path("end").asInt();
        Statement best = null;
        double bestScore = 0;
        if (!raw.containsKey(file)) {
            for (Statement s : in) {
                int o = Math.min(end, s.bodyEnd()) - Math.max(start, s.bodyStart());
                if (o > bestScore) {
                    bestScore = o;
                    best = s;
                }
            }
            return best;
        }
        String page = raw.get(file);
        Set<String> want = words(Jsoup.parse(page.substring(start, Math.min(end, page.length()))).text());
        for (Statement s : in) {
            Set<String> have = words(s.text());
            int common = 0;
            for (String w : want) if (have.contains(w)) common++;
            double score = want.isEmpty() ? 0 : (double) common / want.size();
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return bestScore >= 0.5 ? best : null;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}

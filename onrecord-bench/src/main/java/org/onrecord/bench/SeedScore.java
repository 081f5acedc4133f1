package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code score_seeds.py}'s figures on an Onrecord export of a seeds-shaped folder (articles, manifest.json,
 * gold.json): quotation recall and precision, speakers, said_on, findings, headline misquotes, documents.
 */
public final class SeedScore {
    /** The figures, named as the scorer prints them. */
    public record Figures(int matched, int quotes, int tp, int fp, int speakersRight, int datesRight, int datesKnown,
                          int must, int mustOf, int should, int shouldOf, int falseFlags, int disputed, int disputedOf,
                          int headlineFound, int headlineFalse, int docsOk) {
        public double quoteRecall() {
            return quotes == 0 ? 0 : (double) matched / quotes;
        }

        public double quotePrecision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double speakerAcc() {
            return matched == 0 ? 0 : (double) speakersRight / matched;
        }

        public double saidOnAcc() {
            return datesKnown == 0 ? 0 : (double) datesRight / datesKnown;
        }

        public String scoreLine() {
            return String.format(Locale.ROOT, "SCORE quote_recall=%.3f quote_precision=%.3f speaker_acc=%.3f said_on_acc=%.3f "
                            + "must_found=%d/%d should_found=%d/%d false_flags=%d disputed_found=%d/%d headline_found=%d "
                            + "headline_false=%d docs_ok=%d/5", quoteRecall(), quotePrecision(), speakerAcc(), saidOnAcc(),
                    must, mustOf, should, shouldOf, falseFlags, disputed, disputedOf, headlineFound, headlineFalse, docsOk);
        }
    }

    private final Map<String, String> texts = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    private SeedScore() {
    }

    public static Figures score(Path exportDir, Path seeds) throws IOException {
        return new SeedScore().run(exportDir, seeds);
    }

    private Figures run(Path exp, Path seeds) throws IOException {
        JsonNode gold = json.readTree(seeds.resolve("gold.json").toFile());
        JsonNode manifest = json.readTree(seeds.resolve("manifest.json").toFile());
        for (JsonNode d : manifest.get("documents")) {
            String f = d.get("file").asText();
            texts.put(f, Files.readString(seeds.resolve(f), StandardCharsets.UTF_8));
        }
        List<JsonNode> docs = lines(exp.resolve("documents.jsonl"));
        List<JsonNode> stmts = lines(exp.resolve("statements.jsonl"));
        List<JsonNode> finds = lines(exp.resolve("findings.jsonl"));
        Map<String, List<JsonNode>> byFile = new HashMap<>();
        for (JsonNode s : stmts) byFile.computeIfAbsent(base(s.path("source").asText("")), k -> new ArrayList<>()).add(s);
        Map<String, Set<String>> aliases = new HashMap<>();
        gold.get("speakers").fields().forEachRemaining(e -> {
            Set<String> names = new HashSet<>();
            names.add(normName(e.getKey()));
            for (JsonNode a : e.getValue()) {
                String al = a.asText();
                if (!al.isEmpty() && Character.isUpperCase(al.charAt(0))) names.add(normName(al));
            }
            names.removeIf(n -> n.isEmpty() || n.startsWith("the"));
            aliases.put(e.getKey(), names);
        });
        int matched = 0, spOk = 0, dateN = 0, dateOk = 0;
        Set<JsonNode> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (JsonNode q : gold.get("quotes")) {
            List<JsonNode> cands = new ArrayList<>();
            for (JsonNode s : byFile.getOrDefault(q.get("file").asText(), List.of())) if (matches(s, q)) cands.add(s);
            if (cands.isEmpty()) continue;
            matched++;
            used.addAll(cands);
            JsonNode s = cands.get(0);
            String canon = q.get("speaker").asText();
            String pred = normName(s.path("speaker").isNull() ? null : s.path("speaker").asText(null));
            if (!pred.isEmpty() && aliases.getOrDefault(canon, Set.of(normName(canon))).contains(pred)) spOk++;
            if (!q.path("said_on").isNull() && !q.path("said_on").isMissingNode()) {
                dateN++;
                if (q.get("said_on").asText().equals(s.path("said_on").asText(null))) dateOk++;
            }
        }
        int tp = 0, fp = 0;
        for (JsonNode s : stmts) {
            String kind = s.path("kind").asText();
            if (!kind.equals("direct") && !kind.equals("partial")) continue;
            if (used.contains(s)) {
                tp++;
            } else {
                boolean optional = false;
                for (JsonNode o : gold.path("optional_quotes")) optional |= matches(s, o);
                if (!optional) fp++;
            }
        }
        Map<String, JsonNode> sid = new HashMap<>();
        for (JsonNode s : stmts) sid.put(s.get("id").asText(), s);
        int must = 0, should = 0, falseFlags = 0, disputed = 0;
        for (JsonNode p : gold.get("contradictions_must")) must += pairHit(p, finds, sid, Set.of("contradiction", "shift")) ? 1 : 0;
        for (JsonNode p : gold.get("contradictions_should")) {
            should += pairHit(p, finds, sid, Set.of("contradiction", "shift", "colleague_inconsistency", "disputed")) ? 1 : 0;
        }
        for (JsonNode p : gold.get("consistent_must_not_flag")) {
            falseFlags += pairHit(p, finds, sid, Set.of("contradiction", "colleague_inconsistency")) ? 1 : 0;
        }
        for (JsonNode d : gold.get("disputed_by_others")) {
            boolean ok = false;
            for (JsonNode f : finds) {
                if (!f.path("type").asText().equals("disputed")) continue;
                JsonNode a = sid.get(f.path("a").asText()), b = sid.get(f.path("b").asText());
                if (a != null && b != null && (near(a, d.get("claim")) && near(b, d.get("against")) || near(b, d.get("claim")) && near(a, d.get("against")))) {
                    ok = true;
                }
            }
            disputed += ok ? 1 : 0;
        }
        Map<String, JsonNode> docByFile = new HashMap<>();
        for (JsonNode d : docs) docByFile.put(base(d.path("source").asText("")), d);
        int headFound = 0, headFalse = 0;
        for (JsonNode h : gold.get("headline_quotes")) {
            JsonNode d = docByFile.get(h.get("file").asText());
            boolean flagged = false;
            if (d != null) {
                for (JsonNode f : finds) {
                    if (f.path("type").asText().equals("headline_misquote") && f.path("a").asText().equals(d.get("id").asText())
                            && json.writeValueAsString(f).toLowerCase(Locale.ROOT).contains(h.get("quoted").asText().toLowerCase(Locale.ROOT))) {
                        flagged = true;
                    }
                }
            }
            if (h.get("verbatim_in_body").asBoolean()) headFalse += flagged ? 1 : 0;
            else headFound += flagged ? 1 : 0;
        }
        int docsOk = 0;
        for (JsonNode m : manifest.get("documents")) {
            JsonNode d = docByFile.get(m.get("file").asText());
            if (d == null) continue;
            String want = m.path("published").isNull() ? null : m.path("published").asText();
            String got = d.path("published").isNull() ? null : d.path("published").asText(null);
            String body = d.path("body").asText("");
            boolean bad = false;
            for (JsonNode l : gold.path("not_body").path(m.get("file").asText())) bad |= body.contains(l.asText());
            if (java.util.Objects.equals(want, got) && !bad) docsOk++;
        }
        return new Figures(matched, gold.get("quotes").size(), tp, fp, spOk, dateOk, dateN, must, gold.get("contradictions_must").size(),
                should, gold.get("contradictions_should").size(), falseFlags, disputed, gold.get("disputed_by_others").size(),
                headFound, headFalse, docsOk);
    }

    private boolean pairHit(JsonNode pair, List<JsonNode> finds, Map<String, JsonNode> sid, Set<String> types) {
        for (JsonNode f : finds) {
            if (!types.contains(f.path("type").asText())) continue;
            JsonNode a = sid.get(f.path("a").asText()), b = sid.get(f.path("b").asText());
            if (a == null || b == null) continue;
            if (matches(a, pair.get("a")) && matches(b, pair.get("b")) || matches(a, pair.get("b")) && matches(b, pair.get("a"))) return true;
        }
        return false;
    }

    private int[] goldPos(JsonNode ref) {
        String t = texts.get(ref.get("file").asText());
        int i = t.indexOf(ref.get("starts").asText());
        return new int[]{i, i + ref.get("starts").asText().length()};
    }

    private boolean matches(JsonNode s, JsonNode ref) {
        if (!base(s.path("source").asText("")).equals(ref.get("file").asText()) || !"source".equals(s.path("offsets").asText())) return false;
        int[] g = goldPos(ref);
        int headEnd = Math.min(g[1], g[0] + 25);
        return s.get("start").asInt() < headEnd && s.get("end").asInt() > g[0];
    }

    private boolean near(JsonNode s, JsonNode ref) {
        if (!base(s.path("source").asText("")).equals(ref.get("file").asText()) || !"source".equals(s.path("offsets").asText())) return false;
        int gs = goldPos(ref)[0];
        String t = texts.get(ref.get("file").asText());
        int end = t.length();
        for (int i : new int[]{t.indexOf(". ", gs), t.indexOf("\n", gs)}) if (i >= 0) end = Math.min(end, i);
        return s.get("start").asInt() < end && s.get("end").asInt() > gs;
    }

    private static String base(String src) {
        String p = src.split("#", 2)[0];
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    /** score_seeds.py's norm_name: NFKC, lower case, no hyphens, dots, apostrophes or spaces, no leading mr/mrs. */
    static String normName(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("’", "'");
        for (String ch : new String[]{"-", ".", "'", "’", " "}) n = n.replace(ch, "");
        if (n.startsWith("mr")) n = n.substring(2);
        if (n.startsWith("mrs")) n = n.substring(3);
        return n;
    }

    private List<JsonNode> lines(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(p)) return out;
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) out.add(json.readTree(l));
        }
        return out;
    }
}

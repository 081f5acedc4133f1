package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;

/**
 * The findings Onrecord makes on the 181 aeb pages, against a hand judgment of each (devsets/aeb-findings.jsonl:
 * both statements by file, body offsets and hash, the type, and whether a careful reader would call the finding
 * right): the precision over all findings there. A finding no judgment names is counted apart, never as right.
 */
public final class AebFindings {
    static final String JUDGED = "devsets/aeb-findings.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Findings made, how many of them were judged, how many judged right, per type; and the findings not judged. */
    public record Result(int findings, int judged, int right, Map<String, int[]> perType, List<String> unjudged) {
        public double precision() {
            return judged == 0 ? 0 : (double) right / judged;
        }
    }

    private AebFindings() {
    }

    /** Analyses the pages into {@code out/aeb-findings.db} (kept for reruns) and scores its findings. */
    public static Result run(Path shared, Path out, Path dump) throws IOException {
        Files.createDirectories(out);
        Path db = out.resolve("aeb-findings.db");
        try (Store store = Store.open(db)) {
            new Pipeline(store, Manifest.EMPTY, Standard::analyse, Standard::crossDocument, Pipeline.Options.defaults())
                    .run(List.of(shared.resolve("bench/aeb/html").toString()), Pipeline.Progress.NONE);
            Map<String, String> fileOf = new HashMap<>();
            Path root = shared.toAbsolutePath().normalize();
            for (Document d : store.documents()) {
                Path p = Path.of(d.source()).toAbsolutePath().normalize();
                fileOf.put(d.id(), p.startsWith(root) ? root.relativize(p).toString() : d.source());
            }
            Map<String, Statement> byId = new HashMap<>();
            for (Statement s : store.statements()) byId.put(s.id(), s);
            Map<String, Boolean> judged = judgments();
            Map<String, int[]> perType = new LinkedHashMap<>();
            List<String> unjudged = new ArrayList<>();
            int n = 0, seen = 0, right = 0;
            Writer w = dump == null ? null : Files.newBufferedWriter(dump, StandardCharsets.UTF_8);
            try {
                for (Finding f : store.findings()) {
                    Statement a = byId.get(f.a()), b = f.b() == null ? null : byId.get(f.b());
                    if (a == null) continue;
                    n++;
                    String key = key(f.type(), fileOf.get(a.doc()), a, b == null ? null : fileOf.get(b.doc()), b);
                    int[] c = perType.computeIfAbsent(f.type(), k -> new int[3]);
                    c[0]++;
                    Boolean ok = judged.get(key);
                    if (ok == null) {
                        unjudged.add(key);
                    } else {
                        seen++;
                        c[1]++;
                        if (ok) {
                            right++;
                            c[2]++;
                        }
                    }
                    if (w != null) {
                        ObjectNode o = JSON.createObjectNode();
                        o.put("key", key);
                        o.put("type", f.type());
                        o.put("reason", f.reason());
                        o.put("a_sentence", a.sentence());
                        if (b != null) o.put("b_sentence", b.sentence());
                        w.write(JSON.writeValueAsString(o));
                        w.write('\n');
                    }
                }
            } finally {
                if (w != null) w.close();
            }
            return new Result(n, seen, right, perType, unjudged);
        }
    }

    /** A finding named by its type and both statements' files, body offsets and text hashes. */
    static String key(String type, String fileA, Statement a, String fileB, Statement b) {
        String x = fileA + ":" + a.bodyStart() + "-" + a.bodyEnd() + ":" + BasilText.sha1(a.text()).substring(0, 12);
        String y = b == null ? "-" : fileB + ":" + b.bodyStart() + "-" + b.bodyEnd() + ":" + BasilText.sha1(b.text()).substring(0, 12);
        return type + "|" + x + "|" + y;
    }

    private static Map<String, Boolean> judgments() throws IOException {
        Map<String, Boolean> out = new HashMap<>();
        try (InputStream in = AebFindings.class.getResourceAsStream(JUDGED)) {
            if (in == null) return out;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                JsonNode j = JSON.readTree(line);
                out.put(j.path("key").asText(), j.path("right").asBoolean());
            }
        }
        return out;
    }
}

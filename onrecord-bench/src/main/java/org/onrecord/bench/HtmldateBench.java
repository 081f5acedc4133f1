package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onrecord.clean.Clean;
import org.onrecord.ingest.Ingest;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;

/**
 * The publication-date benchmark ({@code shared/bench/htmldate}, htmldate's 1,000 evaluation pages): every
 * page through the ingest and clean stages {@code analyze} runs, with the benchmark's manifest (URLs, never
 * dates); each document's {@code published} day written to {@code OUT/htmldate.jsonl}
 * ({@code {"file", "date"}}) and scored as {@code score_htmldate.py} scores it, for all pages and per subset.
 */
public final class HtmldateBench {
    /** The figures over all pages and per subset of the gold ({@code eval_default}, {@code eval_mediacloud_2020}). */
    public record Result(DateScore.Figures all, Map<String, DateScore.Figures> bySet, Path output, List<Problem> problems,
                         double seconds) {
    }

    private HtmldateBench() {
    }

    public static Result run(Path shared, Path outDir) throws IOException {
        Path bench = shared.resolve("bench/htmldate");
        Path html = bench.resolve("html");
        List<Path> pages = AebBench.pages(html);
        long t0 = System.nanoTime();
        Map<String, String> dates = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        Ingest ingest = new Ingest(Manifest.read(bench.resolve("manifest.json")));
        for (Path page : pages) {
            String name = page.getFileName().toString();
            ingest.read(page, new Ingest.Sink() {
                @Override
                public void document(RawDocument raw) {
                    Document doc = Clean.clean(raw);
                    dates.put(name, doc.published() == null ? null : doc.published().toString());
                }

                @Override
                public void problem(Problem p) {
                    problems.add(p);
                }
            });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path file = write(dates, outDir);
        List<DateScore.Gold> gold = gold(bench.resolve("gold.jsonl"));
        return new Result(DateScore.score(gold, dates), DateScore.bySet(gold, dates), file, problems, seconds);
    }

    private static Path write(Map<String, String> dates, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve("htmldate.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : dates.entrySet()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("file", e.getKey());
                row.put("date", e.getValue());
                w.write(json.writeValueAsString(row));
                w.newLine();
            }
        }
        return file;
    }

    static List<DateScore.Gold> gold(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<DateScore.Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            out.add(new DateScore.Gold(n.path("file").asText(), n.path("date").isTextual() ? n.get("date").asText() : null,
                    n.path("set").isTextual() ? n.get("set").asText() : null));
        }
        return out;
    }
}

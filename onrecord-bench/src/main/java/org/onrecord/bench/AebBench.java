package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.onrecord.clean.Clean;
import org.onrecord.ingest.Ingest;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;

/**
 * The article-extraction benchmark ({@code shared/bench/aeb}): every page of {@code html/*.html.gz}
 * through Onrecord's HTML ingest and clean path; the bodies written as {@code OUT/aeb.json}
 * ({@code {id: {"articleBody": body}}}) and scored as {@code score_aeb.py} scores them.
 */
public final class AebBench {
    public record Result(ShingleScore.Figures figures, Path output, List<Problem> problems, double seconds) {
    }

    private AebBench() {
    }

    /** The benchmark's pages ({@code *.html.gz}) in name order; a clear message when the folder is not there. */
    static List<Path> pages(Path html) throws IOException {
        if (!Files.isDirectory(html)) {
            throw new IOException(html + ": not found (is --shared the shared folder?)");
        }
        try (Stream<Path> s = Files.list(html)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
    }

    public static Result run(Path shared, Path outDir) throws IOException {
        Path bench = shared.resolve("bench/aeb");
        Path html = bench.resolve("html");
        List<Path> pages = pages(html);
        long t0 = System.nanoTime();
        Map<String, String> bodies = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        Ingest ingest = new Ingest(Manifest.EMPTY);
        for (Path page : pages) {
            String id = page.getFileName().toString().replace(".html.gz", "");
            ingest.read(page, new Ingest.Sink() {
                @Override
                public void document(RawDocument doc) {
                    bodies.put(id, Clean.htmlBody(doc.text()));
                }

                @Override
                public void problem(Problem p) {
                    problems.add(p);
                }
            });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        bodies.forEach((id, body) -> out.putObject(id).put("articleBody", body));
        Files.createDirectories(outDir);
        Path file = outDir.resolve("aeb.json");
        json.writeValue(file.toFile(), out);

        JsonNode gold = json.readTree(bench.resolve("ground-truth.json").toFile());
        ShingleScore score = new ShingleScore();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            score.add(e.getValue().path("articleBody").asText(""), bodies.get(e.getKey()));
        }
        return new Result(score.figures(), file, problems, seconds);
    }
}

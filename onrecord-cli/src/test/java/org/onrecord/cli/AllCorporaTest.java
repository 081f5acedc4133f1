package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.bench.BasilText;
import org.onrecord.ingest.InputFiles;
import org.onrecord.model.Problem;
import org.onrecord.store.Store;
import org.onrecord.testing.SharedData;

/**
 * A crawl never aborts: the full {@code analyze} (every stage) over every corpus in ../shared into one store — the
 * seeds and htmldate pages with their manifests, the aeb pages, PolNeAR's texts and BASIL's articles as text —
 * then the export. Every input is stored or named with a reason, the export is complete and consistent, and a
 * second run over the same inputs stores nothing twice and exports the same bytes.
 */
class AllCorporaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyCorpusInOneStoreNothingLostNothingTwice() throws IOException {
        Path shared = SharedData.require();
        Map<String, Path> corpora = new LinkedHashMap<>();
        corpora.put("seeds", shared.resolve("seeds"));
        corpora.put("aeb", shared.resolve("bench/aeb/html"));
        corpora.put("htmldate", shared.resolve("bench/htmldate/html"));
        for (String split : List.of("train", "dev", "test")) corpora.put("polnear " + split, shared.resolve("bench/polnear/" + split + "/text"));
        corpora.put("basil", basilAsText(shared.resolve("bench/basil/articles"), Files.createDirectories(dir.resolve("basil"))));
        List<String> args = new ArrayList<>(List.of("analyze"));
        corpora.values().forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--manifest", shared.resolve("seeds/manifest.json").toString(),
                "--manifest", shared.resolve("bench/htmldate/manifest.json").toString(),
                "--store", dir.resolve("all.db").toString(), "--threads", "2", "-q"));

        Run first = run(args, dir.resolve("first"));
        assertEquals(0, first.exit(), first.err());

        Map<String, JsonNode> docs = byId(dir.resolve("first/documents.jsonl"));
        List<Problem> problems;
        try (Store s = Store.open(dir.resolve("all.db"))) {
            problems = s.problems();
            assertEquals("ok", s.integrityCheck());
        }
        // only inputs ingest cannot read are refused: no stage failed on a document, and the cross-document stages ran
        problems.stream().filter(Problem::fatal).forEach(p -> assertEquals("ingest", p.stage(), p.line()));
        Set<String> stored = new HashSet<>();
        docs.values().forEach(d -> stored.add(d.get("source").asText()));
        Set<String> named = new HashSet<>(); // refused with a reason, or the same text as a file stored
        problems.forEach(p -> named.add(p.source()));
        for (Map.Entry<String, Path> c : corpora.entrySet()) {
            List<Path> files = InputFiles.expand(List.of(c.getValue().toString())).files();
            long kept = files.stream().filter(f -> stored.contains(f.toString())).count();
            List<Path> lost = files.stream().filter(f -> !stored.contains(f.toString()) && !named.contains(f.toString())).toList();
            assertTrue(lost.isEmpty(), c.getKey() + ": neither stored nor named with a reason: " + lost);
            assertTrue(kept >= files.size() * 0.99, c.getKey() + ": " + kept + " of " + files.size() + " stored");
        }

        Map<String, JsonNode> statements = byId(dir.resolve("first/statements.jsonl"));
        Map<String, JsonNode> people = byId(dir.resolve("first/people.jsonl"));
        Map<String, JsonNode> findings = byId(dir.resolve("first/findings.jsonl"));
        Map<String, JsonNode> stories = byId(dir.resolve("first/stories.jsonl"));
        assertTrue(statements.size() > 10_000, statements.size() + " statements");
        assertTrue(people.size() > 1_000, people.size() + " people");
        assertFalse(findings.isEmpty(), "findings");
        statements.values().forEach(s -> assertTrue(docs.containsKey(s.get("doc").asText()), "statement of a stored document: " + s));
        for (JsonNode f : findings.values()) {
            String a = f.get("a").asText();
            assertTrue(statements.containsKey(a) || docs.containsKey(a), "a finding points at what is stored: " + f);
        }
        Set<String> inStories = new HashSet<>();
        stories.values().forEach(s -> s.get("docs").forEach(d -> assertTrue(inStories.add(d.asText()), "one story per document: " + d)));
        assertEquals(docs.keySet(), inStories, "every document is in a story");

        Run second = run(args, dir.resolve("second"));
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("(0 new)"), second.out());
        Exports.assertIdentical(dir.resolve("first"), dir.resolve("second"), "a second run over the same inputs");
    }

    private static Run run(List<String> args, Path export) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--export", export.toString()));
        return Run.of(all.toArray(String[]::new));
    }

    /** Each line of a JSON Lines file parsed, by id; fails on a line that does not parse or an id seen twice. */
    private static Map<String, JsonNode> byId(Path file) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode n = JSON.readTree(line);
            assertTrue(n.hasNonNull("id"), file + ": " + line);
            assertTrue(out.put(n.get("id").asText(), n) == null, file + ": id " + n.get("id") + " twice");
        }
        return out;
    }

    /** BASIL's JSON articles written out as plain text, one file per article (the body BasilText builds, as BasilBench reads it). */
    private static Path basilAsText(Path articles, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(articles)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            String name = articles.relativize(f).toString().replace('/', '_').replaceFirst("\\.json$", ".txt");
            Files.writeString(out.resolve(name), BasilText.read(articles, articles.relativize(f).toString()).body());
        }
        assertEquals(300, files.size());
        return out;
    }
}

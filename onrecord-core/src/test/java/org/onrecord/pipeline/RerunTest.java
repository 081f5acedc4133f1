package org.onrecord.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;

/**
 * A rerun analyses only what it must: a document the same analysis code stored from the same file, cleaned the same
 * way, keeps its statements; new code, changed metadata or an analysis that did not complete means analysing again.
 * The articles are fictional.
 */
class RerunTest {
    @TempDir
    Path dir;

    /** An analysis that counts the documents it analyses, and fails on those that ask it to. */
    private static final class Counting implements Pipeline.DocumentAnalysis {
        final String version;
        final List<String> analysed = new ArrayList<>();

        Counting(String version) {
            this.version = version;
        }

        @Override
        public Pipeline.Analysed analyse(Document doc) {
            analysed.add(doc.source().replaceAll(".*/", ""));
            if (doc.body().contains("FAIL")) throw new IllegalStateException("asked to fail");
            return Standard.analyse(doc);
        }

        @Override
        public String version() {
            return version;
        }
    }

    private List<String> run(Store store, Path in, Counting analysis, Manifest manifest) {
        new Pipeline(store, manifest, analysis, Standard::crossDocument, new Pipeline.Options(2, Duration.ofSeconds(10)))
                .run(List.of(in.toString()), Pipeline.Progress.NONE);
        return analysis.analysed.stream().sorted().toList();
    }

    @Test
    void onlyWhatChangedIsAnalysedAgain() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Ferry strike\n\nThe fictional union leader Mira Dahl said that “the ferries will stay in port.”\n");
        Files.writeString(in.resolve("b.txt"), "Bridge\n\nThe fictional mayor Lena Marsh said the bridge would reopen next week.\n");
        Files.writeString(in.resolve("c.txt"), "Clinic\n\nThe fictional minister said FAIL that no clinic would close this year.\n");
        try (Store store = Store.open(dir.resolve("s.db"))) {
            assertEquals(List.of("a.txt", "b.txt", "c.txt"), run(store, in, new Counting("v1"), Manifest.EMPTY));
            List<Statement> first = store.statements();

            assertEquals(List.of("c.txt"), run(store, in, new Counting("v1"), Manifest.EMPTY),
                    "unchanged and analysed by this code: only the one whose analysis failed is analysed again");
            assertEquals(first, store.statements());

            Path manifest = Files.writeString(dir.resolve("m.json"), "{\"documents\": [{\"file\": \"b.txt\", \"published\": \"2024-03-01\"}]}");
            assertEquals(List.of("b.txt", "c.txt"), run(store, in, new Counting("v1"), Manifest.read(manifest)),
                    "new metadata makes another document (dates in it are read against the publication date)");

            assertEquals(List.of("a.txt", "b.txt", "c.txt"), run(store, in, new Counting("v2"), Manifest.read(manifest)),
                    "other code analyses everything again");
        }
    }
}

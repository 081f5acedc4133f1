package org.onrecord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.onrecord.ingest.Ingest;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;
import org.onrecord.testing.Collected;

/**
 * Fuzz targets for ingest: any bytes under any of the names Onrecord reads give documents or problems that
 * name the file, never an exception; and any manifest is read or refused with an {@link IOException}.
 * {@code onrecord bench fuzz} runs them; in a test run they replay the inputs stored beside this class.
 */
class IngestFuzzTest {
    private static final String[] NAMES = {"a.txt", "a.html", "a.htm", "a.warc", "a.warc.gz", "a.html.gz", "a.txt.gz", "a"};
    private static final Path DIR = tempDir();

    static {
        // Class loading (jwarc, ICU's detector, Jackson) before the first input, so that it is not reported as slow.
        try {
            Path warm = Files.write(DIR.resolve("warm.txt"), new byte[]{'c', 'a', 'f', (byte) 0xe9, ' ', 'o', 'k'});
            new Ingest(Manifest.EMPTY).read(warm, new Collected());
            Manifest.read(Files.writeString(DIR.resolve("warm.csv"), "file,url,outlet,published\na.txt,,Fictional,2024-01-01\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("onrecord-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.list(DIR)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
        }
        Files.deleteIfExists(DIR);
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void ingest(FuzzedDataProvider data) throws IOException {
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        Path file = Files.write(DIR.resolve(name), data.consumeRemainingAsBytes());
        Collected c = new Collected();
        new Ingest(Manifest.EMPTY, 1 << 20).read(file, c);
        List<RawDocument> docs = c.docs;
        List<Problem> problems = c.problems;
        for (RawDocument d : docs) {
            assertNotNull(d.text());
            assertTrue(d.source().startsWith(file.toString()), d.source());
        }
        for (Problem p : problems) {
            assertTrue(p.source().startsWith(file.toString()), p.line());
            assertFalse(p.message().isBlank(), p.line());
            assertEquals(1, p.line().lines().count(), "a problem is one line: " + p.line());
        }
        boolean refused = problems.stream().anyMatch(p -> p.fatal() && p.source().equals(file.toString()));
        assertFalse(!name.startsWith("a.warc") && refused && !docs.isEmpty(),
                "a plain file is either read or refused");
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void manifest(FuzzedDataProvider data) throws IOException {
        Path file = Files.write(DIR.resolve(data.consumeBoolean() ? "m.csv" : "m.json"), data.consumeRemainingAsBytes());
        try {
            Manifest m = Manifest.read(file);
            for (Problem p : m.problems()) {
                assertTrue(p.source().equals(file.toString()), p.line());
                assertEquals(1, p.line().lines().count(), "a problem is one line: " + p.line());
            }
            m.lookup("a.txt", "https://x.example/");
        } catch (IOException refused) {
            assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
        }
    }
}

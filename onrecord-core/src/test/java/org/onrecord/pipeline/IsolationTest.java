package org.onrecord.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Deadline;
import org.onrecord.model.Document;
import org.onrecord.model.Problem;
import org.onrecord.store.Store;

/**
 * One document's failure never costs the run: whatever its stages throw becomes a problem naming the file and the
 * stage, reported while the run goes on, and the documents after it are stored. The inputs are fictional.
 */
class IsolationTest {
    private static final String GOOD = "Harbour deal denied\n\nThe fictional minister Anna Varga said on Monday that “the harbour is not for sale,” "
            + "and that talks would go on.\n";

    @TempDir
    Path dir;

    /** The standard analysis, except for documents whose text names a failure to act out. */
    private static Pipeline.Analysed misbehaving(Document doc) {
        String body = doc.text();
        Deadline.stage("extract");
        if (body.contains("RECURSE")) return recurse(doc);
        if (body.contains("EXHAUST")) throw new OutOfMemoryError("Java heap space");
        if (body.contains("THROW")) throw new IllegalStateException("a bug met on one strange page");
        if (body.contains("SPIN")) {
            // code that never checks its deadline (only interruption): the pipeline must give the worker up
            while (!Thread.currentThread().isInterrupted()) {
                Math.sqrt(body.length());
            }
            throw new IllegalStateException("interrupted");
        }
        return Standard.analyse(doc);
    }

    private static Pipeline.Analysed recurse(Document doc) {
        return recurse(doc);
    }

    private static final class Recorder implements Pipeline.Progress {
        final List<String> events = new ArrayList<>();

        @Override
        public void update(int done, int total, String current) {
            events.add("update " + done + "/" + total);
        }

        @Override
        public void problem(Problem p) {
            events.add("problem " + p.line());
        }
    }

    @Test
    void everyThrowableBecomesAProblemNamingFileAndStageAndTheRunGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), GOOD);
        Files.writeString(in.resolve("b-recurse.txt"), "RECURSE " + GOOD);
        Files.writeString(in.resolve("c-exhaust.txt"), "EXHAUST " + GOOD);
        Files.writeString(in.resolve("d-throw.txt"), "THROW " + GOOD);
        Files.writeString(in.resolve("e-spin.txt"), "SPIN " + GOOD);
        Files.writeString(in.resolve("f-good.txt"), GOOD.replace("harbour", "airport"));
        Recorder progress = new Recorder();
        Pipeline.Summary s;
        try (Store store = Store.open(dir.resolve("s.db"))) {
            // a budget the deep recursion outlasts on a loaded machine would report it as a time-out, not an overflow
            s = new Pipeline(store, Manifest.EMPTY, IsolationTest::misbehaving, Standard::crossDocument,
                    new Pipeline.Options(2, Duration.ofMillis(2000))).run(List.of(in.toString()), progress);
            assertEquals(6, store.documents().size(), "every document got past clean and is stored");
            assertEquals(2, store.documents().stream().filter(d -> store.statements().stream().anyMatch(st -> st.doc().equals(d.id()))).count(),
                    "only the two good documents have statements");
            assertFalse(store.people().isEmpty(), "the cross-document stages ran after the failures");
        }
        List<String> lines = s.problems().stream().map(Problem::line).toList();
        assertEquals(List.of(
                "error: " + in.resolve("b-recurse.txt") + ": stack overflow in extract;"
                        + " stored without statements",
                "error: " + in.resolve("c-exhaust.txt") + ": out of memory in extract; stored without statements",
                "error: " + in.resolve("d-throw.txt") + ": extract failed: IllegalStateException: a bug met on one strange page;"
                        + " stored without statements",
                "error: " + in.resolve("e-spin.txt") + ": did not stop at its time budget of 2 s (in extract) and was given up;"
                        + " stored without statements"), lines);
        // problems are reported while the run goes on, in input order, not saved for its end
        int lastProblem = progress.events.lastIndexOf("problem " + lines.get(3));
        assertTrue(lastProblem >= 0 && lastProblem < progress.events.indexOf("update 6/6"), progress.events.toString());
    }

    @Test
    void aFailingCrossDocumentStageIsReportedAndThePreviousDerivedStateStays() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        try (Store store = Store.open(dir.resolve("s.db"))) {
            Standard.pipeline(store, Manifest.EMPTY).run(List.of(good.toString()), Pipeline.Progress.NONE);
            var people = store.people();
            var statements = store.statements();
            assertFalse(people.isEmpty());
            Path other = Files.writeString(dir.resolve("other.txt"), GOOD.replace("minister", "mayor"));
            Pipeline.Summary s = new Pipeline(store, Manifest.EMPTY, Standard::analyse, st -> {
                throw new StageException("resolve", "resolve failed", new StackOverflowError());
            }, new Pipeline.Options(1, Duration.ofSeconds(10))).run(List.of(other.toString()), Pipeline.Progress.NONE);
            assertEquals(List.of("error: " + store.path() + ": stack overflow in resolve;"
                    + " people, findings, stories and the search index stay as the last complete run left them"),
                    s.problems().stream().map(Problem::line).toList());
            assertEquals(2, store.documents().size(), "the new document is kept");
            assertEquals(people, store.people(), "the previous people stay");
            assertTrue(store.statements().containsAll(statements), "the previous statements keep their resolved speakers");
        }
    }
}

package org.onrecord.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Problem;
import org.onrecord.store.Store;

/**
 * The small hostile inputs of issue 11, generated here: each used to take minutes (or, the capitalised words, to
 * overflow the stack and end the run). Now each is stored within its time budget (its statements dropped when the
 * budget runs out, and said so), every stage stops at the budget by itself, and the store stays usable.
 */
class HostileShapesTest {
    private static final String GOOD = "Ferry strike\n\nThe fictional union leader Mira Dahl said on Tuesday that “the ferries will stay in port,” "
            + "and that the talks had failed.\n";

    @TempDir
    Path dir;

    @Test
    void eachShapeFinishesWithinItsBudgetAndTheRunGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("0-good.txt"), GOOD);
        Files.writeString(in.resolve("said-1000.txt"), "said that \"".repeat(1_000));
        Files.writeString(in.resolve("said-20000.txt"), "said that \"".repeat(20_000));
        Files.writeString(in.resolve("quotes-16000.txt"), "\"".repeat(16_000));
        Files.writeString(in.resolve("ampersands-20000.txt"), "&".repeat(20_000));
        Files.writeString(in.resolve("no-punctuation-2mb.txt"), "river stone market north light harbour ".repeat(52_000));
        Files.writeString(in.resolve("capitalised-550.txt"), "River Stone Market North Light Harbour Garden Winter Silver Alpha ".repeat(55));
        Files.writeString(in.resolve("entities.html"), "<html><head><title>Fictional notice</title></head><body><article><p>"
                + "&amp;&quot;&#8220;&lt;&mdash;&#x201D;".repeat(8_000) + "</p><p>" + "word&nbsp;&amp;&nbsp;".repeat(8_000)
                + "</p><p>The fictional mayor said the bridge would reopen next week after long repairs.</p></article></body></html>");
        Files.writeString(in.resolve("nested-divs.html"), "<html><head><title>Fictional notice</title></head><body>" + "<div>".repeat(50_000)
                + "<p>Posted March 3, 2024. The fictional mayor said the pier would reopen.</p></body></html>");
        Files.writeString(in.resolve("z-good.txt"), GOOD.replace("ferries", "buses"));
        int files = 10;

        Pipeline.Summary s;
        try (Store store = Store.open(dir.resolve("s.db"))) {
            s = Standard.pipeline(store, Manifest.EMPTY, new Pipeline.Options(2, Duration.ofSeconds(2)))
                    .run(List.of(in.toString()), Pipeline.Progress.NONE);
            assertEquals(files, store.documents().size(), "every input is stored");
            Set<String> withStatements = store.statements().stream().map(st -> st.doc()).collect(Collectors.toSet());
            for (String good : List.of("0-good.txt", "z-good.txt")) {
                Document d = store.documents().stream().filter(x -> x.source().endsWith(good)).findFirst().orElseThrow();
                assertTrue(withStatements.contains(d.id()), good + " keeps its statements");
            }
            assertFalse(store.people().isEmpty(), "the cross-document stages ran");
            assertFalse(store.search("ferries", 5).isEmpty(), "the search index was rebuilt");
            assertEquals("ok", store.integrityCheck());
        }
        for (Problem p : s.problems()) {
            assertFalse(p.message().contains("given up"), "every stage stopped at the budget by itself: " + p.line());
            assertFalse(p.message().contains("stack overflow"), p.line());
            assertTrue(p.message().matches("took longer than its time budget of 2 s \\(in (annotate|extract.*)\\); stored without statements"),
                    p.line());
            assertFalse(p.source().contains("good"), p.line());
        }
        assertEquals(files, s.documents());
    }
}

package org.onrecord.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeadlineTest {
    @Test
    void outsideADocumentEveryCheckPassesAndTextIsNotWrapped() {
        Deadline.check();
        String text = "plain";
        assertSame(text, Deadline.guard(text));
    }

    @Test
    void aGuardedRegexStopsAtTheBudgetInsteadOfBacktrackingForAges() {
        // a*a*a*a*a*b backtracks through every split of the a's at every start: 100 of them take most of a minute
        Pattern catastrophic = Pattern.compile("a*a*a*a*a*b");
        String text = "a".repeat(100);
        try (Deadline d = Deadline.open(Duration.ofMillis(200))) {
            Deadline.stage("extract");
            Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> catastrophic.matcher(Deadline.guard(text)).find());
            assertEquals("extract", e.stage());
            assertEquals("over the time budget of 0.2 s in extract", e.getMessage());
        }
        Deadline.check(); // closed: the thread is outside a document again
    }

    @Test
    void aCancelledBudgetStopsTheNextCheckWhateverTimeIsLeft() {
        try (Deadline d = Deadline.open(Duration.ofHours(1))) {
            Deadline.check();
            d.cancel();
            assertThrows(Deadline.Exceeded.class, Deadline::check);
        }
    }

    @Test
    void aGuardedViewReadsLikeTheText() {
        try (Deadline d = Deadline.open(Duration.ofHours(1))) {
            var m = Pattern.compile("(\\w+) said").matcher(Deadline.guard("The minister said so."));
            m.find();
            assertEquals("minister", m.group(1));
        }
    }
}

package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.testing.SharedData;

/** The bench commands as a user runs them: they print their figures and a SCORE line last. */
class BenchCommandTest {
    @TempDir
    Path out;

    private Run bench(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--shared";
        all[args.length + 2] = SharedData.require().toString();
        all[args.length + 3] = "--out";
        all[args.length + 4] = out.toString();
        return Run.of(all);
    }

    @Test
    void te3PrintsTheScorersLine() {
        Run r = bench("te3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().strip().lines().reduce((a, b) -> b).orElse("").startsWith("SCORE strict_p="), r.out());
    }

    @Test
    void speedLogsProgressAndPrintsRates() {
        Run r = bench("speed", "--limit", "5", "--no-corenlp");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("texts: 5"), r.err());
        assertTrue(r.out().contains("SCORE articles_per_s="), r.out());
    }

    @Test
    void seedsPrintsTheFindingsFiguresToo() {
        Run r = bench("seeds");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s).*must_found=\\d/1 should_found=\\d/1 false_flags=0 disputed_found=\\d/4 headline_found=1 headline_false=0.*"), r.out());
    }
}

package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoAnalysesTheFictionalStoryAndSaysSo() {
        Run r = Run.of("demo", "--dir", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("FICTIONAL"), r.out());
        assertTrue(r.out().contains("5 documents"), r.out());
        assertTrue(r.out().contains("2025-02-08 | Kestrian Wire | Valdoria 'will never arm Kestria', says minister"), r.out());
        assertTrue(r.out().contains("2025-03-05 | Northern Ledger | Valdoria admits shell sales to Kestria"), r.out());
        assertTrue(Files.exists(dir.resolve("demo.db")));
    }
}

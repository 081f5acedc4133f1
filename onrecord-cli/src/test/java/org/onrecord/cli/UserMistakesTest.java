package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.store.Store;

/**
 * A user's mistakes on every command that reads paths: a missing store, a folder or another file given as the store,
 * an output folder that is a file, a missing shared folder. Each ends in one line naming the path and the cause,
 * with a non-zero exit status, never a stack trace.
 */
class UserMistakesTest {
    @TempDir
    Path dir;

    private static void oneLine(Run r, int exit, String expected) {
        assertEquals(exit, r.exit(), r.err());
        assertEquals(expected, r.err().strip());
        noStackTrace(r);
    }

    private static void noStackTrace(Run r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void readingCommandsNameAMissingStoreAFolderAndAFileThatIsNoStore() throws IOException {
        Path missing = dir.resolve("none.db");
        Path notAStore = Files.writeString(dir.resolve("notes.db"), "my notes\n".repeat(100));
        Path out = dir.resolve("out");
        List<List<String>> commands = List.of(List.of("timeline", "Someone"), List.of("outlets"), List.of("serve", "--port", "0"),
                List.of("report", "--out", out.toString()), List.of("export", "--out", out.toString()));
        for (List<String> c : commands) {
            oneLine(run(c, "--store", missing.toString()), 1,
                    "error: no store at " + missing + " (run 'onrecord analyze' first, or name another with --store PATH)");
            oneLine(run(c, "--store", dir.toString()), 1,
                    "error: the store " + dir + " is a folder, not a store file (name the file with --store PATH)");
            oneLine(run(c, "--store", notAStore.toString()), 1,
                    "error: cannot open store " + notAStore + ": the file is not an Onrecord store (not a SQLite database)");
        }
        assertEquals("my notes\n".repeat(100), Files.readString(notAStore), "the file is left as it was");
        assertFalse(Files.exists(missing), "no command that reads a store creates one");
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path other = dir.resolve("accounts.sqlite");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        }
        byte[] before = Files.readAllBytes(other);
        String expected = "error: cannot open store " + other + ": a SQLite database but not an Onrecord store (its tables: invoices); left as it was";
        oneLine(Run.of("timeline", "Someone", "--store", other.toString()), 1, expected);
        Path good = Files.writeString(dir.resolve("good.txt"), "Harbour deal denied\n\nThe fictional minister said that “the harbour is not for sale.”\n");
        oneLine(Run.of("analyze", good.toString(), "--store", other.toString(), "-q"), 1, expected);
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(Files.readAllBytes(other)), "not a byte changed");
    }

    @Test
    void anOutputFolderThatIsAFileIsNamed() throws IOException {
        Path db = dir.resolve("s.db");
        Store.open(db).close();
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        oneLine(Run.of("report", "--out", file.toString(), "--store", db.toString()), 2, "error: --out " + file + " is a file, not a folder");
        oneLine(Run.of("export", "--out", file.toString(), "--store", db.toString()), 2, "error: --out " + file + " is a file, not a folder");
        oneLine(Run.of("export", "--out", file.resolve("sub").toString(), "--store", db.toString()), 2,
                "error: cannot create the folder " + file.resolve("sub") + " (--out): " + file + " is a file, not a folder");
        oneLine(Run.of("bench", "te3", "--out", file.toString()), 2, "error: --out " + file + " is a file, not a folder");
    }

    @Test
    void benchmarksAndTrainingWithoutTheSharedFolderSaySo() {
        Path shared = dir.resolve("shared");
        Path out = dir.resolve("out").toAbsolutePath();
        oneLine(Run.of("bench", "seeds", "--shared", shared.toString(), "--out", out.toString()), 1, "error: the shared folder " + shared
                + " does not exist: the seeds benchmark reads seeds in it (name the folder with --shared DIR)");
        oneLine(Run.of("bench", "seeds", "--seeds", dir.toString(), "--out", out.toString()), 1,
                "error: " + dir.toAbsolutePath().resolve("manifest.json") + " does not exist: the seeds benchmark reads it");
        for (String bench : List.of("aeb", "htmldate", "te3", "polnear", "basil", "speed", "speakers", "findings", "api", "reliability")) {
            Run r = Run.of("bench", bench, "--shared", shared.toString(), "--out", out.toString());
            assertEquals(1, r.exit(), bench + ": " + r.err());
            assertTrue(r.err().startsWith("error: the shared folder " + shared + " does not exist: the " + bench + " benchmark reads "), r.err());
            noStackTrace(r);
        }
        oneLine(Run.of("train", "attribution", "--shared", shared.toString(), "--out", out.toString()), 1,
                "error: " + shared.resolve("bench/polnear/train") + " does not exist: training reads PolNeAR train there (the shared folder "
                        + shared + " does not exist; name it with --shared DIR)");
        assertFalse(Files.exists(out.resolve("seeds/seeds.db")), "nothing written for a benchmark that could not start");
    }

    @Test
    void anUnexpectedFailureIsStillShownWithItsTrace() {
        StringBuilder err = new StringBuilder();
        java.io.StringWriter w = new java.io.StringWriter();
        picocli.CommandLine cl = Onrecord.commandLine();
        cl.setErr(new java.io.PrintWriter(w, true));
        int exit = Errors.handle(new IllegalStateException("boom"), cl, null);
        err.append(w);
        assertEquals(1, exit);
        assertTrue(err.toString().startsWith("error: unexpected java.lang.IllegalStateException: boom (a bug in Onrecord"), err.toString());
        assertTrue(err.toString().contains("\tat "), "a bug keeps its stack trace");
    }

    @Test
    void fileSystemFailuresBecomeOneSentence() {
        assertEquals("/x/y: no such file or folder", Errors.userError(new java.nio.file.NoSuchFileException("/x/y")));
        assertEquals("/x/y: permission denied", Errors.userError(new java.io.UncheckedIOException(new java.nio.file.AccessDeniedException("/x/y"))));
        assertEquals("cannot open store a.db: the store is locked by another process (an analyze run?); try again when it has finished",
                Errors.sqlite("cannot open store a.db: [SQLITE_BUSY] The database file is locked (database is locked)"));
    }

    private static Run run(List<String> command, String... more) {
        List<String> all = new java.util.ArrayList<>(command);
        all.addAll(List.of(more));
        return Run.of(all.toArray(String[]::new));
    }
}

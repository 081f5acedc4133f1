package org.onrecord.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.onrecord.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the store shares. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "PATH", description = "The embedded store (SQLite). Default: ${DEFAULT-VALUE}.",
            defaultValue = "onrecord.db")
    Path store;

    /** Whether the store file was there before this command ran (set by {@link #canWrite}). */
    private boolean existed = true;

    /**
     * True when the store exists and is a file; otherwise says why not on {@code err}, naming the path (for
     * commands that read a store).
     */
    boolean exists(PrintWriter err) {
        if (Files.isDirectory(store)) {
            err.println("error: the store " + store + " is a folder, not a store file (name the file with --store PATH)");
            return false;
        }
        if (Files.exists(store)) {
            return true;
        }
        err.println("error: no store at " + store + " (run 'onrecord analyze' first, or name another with --store PATH)");
        return false;
    }

    /**
     * True when a store can be opened or created at the path as far as can be told before trying; otherwise says why
     * not on {@code err} in one sentence naming the path. Remembers whether the file existed, for
     * {@link #removeIfCreatedEmpty}.
     */
    boolean canWrite(PrintWriter err) {
        existed = Files.exists(store);
        String why = whyNotWritable(store);
        if (why != null) {
            err.println("error: cannot write the store " + store + ": " + why);
            return false;
        }
        return true;
    }

    static String whyNotWritable(Path store) {
        if (Files.isDirectory(store)) {
            return "it is a folder, not a store file (name a file, e.g. " + store.resolve("onrecord.db") + ")";
        }
        if (Files.exists(store)) {
            return Files.isWritable(store) ? null : "permission denied";
        }
        // The nearest part of the path that exists must be a folder we may write into.
        Path abs = store.toAbsolutePath();
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return Files.isWritable(p) ? null : "the folder " + p + " is not writable (permission denied)";
            }
            if (Files.exists(p)) {
                return p + " is a file, not a folder";
            }
        }
        return null;
    }

    /**
     * After a failed run: deletes the store (and SQLite's side files) when this command created it and stored no
     * document in it, so a failed first run leaves no empty store behind. A store that existed before is never touched.
     * Returns whether it removed one.
     */
    boolean removeIfCreatedEmpty() {
        if (existed || !Files.isRegularFile(store)) {
            return false;
        }
        try (Store s = Store.open(store)) {
            if (s.documentsVersion() != 0) {
                return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
        boolean removed = false;
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                removed |= Files.deleteIfExists(Path.of(store + suffix)) && suffix.isEmpty();
            } catch (java.io.IOException e) {
                // left in place; the run's own error has been said
            }
        }
        return removed;
    }
}

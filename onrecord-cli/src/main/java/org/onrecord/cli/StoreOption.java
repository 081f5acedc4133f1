package org.onrecord.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the store shares. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "PATH", description = "The embedded store (SQLite). Default: ${DEFAULT-VALUE}.",
            defaultValue = "onrecord.db")
    Path store;

    /** True when the store exists; otherwise says so on {@code err} (for commands that read a store). */
    boolean exists(java.io.PrintWriter err) {
        if (java.nio.file.Files.exists(store)) {
            return true;
        }
        err.println("error: no store at " + store + " (run 'onrecord analyze' first)");
        return false;
    }
}

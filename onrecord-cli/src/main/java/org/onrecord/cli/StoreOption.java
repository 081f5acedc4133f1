package org.onrecord.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the store shares. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "PATH", description = "The embedded store (SQLite). Default: ${DEFAULT-VALUE}.",
            defaultValue = "onrecord.db")
    Path store;
}

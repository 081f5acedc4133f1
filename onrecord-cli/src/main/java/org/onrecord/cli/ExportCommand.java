package org.onrecord.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onrecord.export.Export;
import org.onrecord.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord export}: the store as the files docs/EXPORT.md describes. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write documents, statements, people, findings and stories from the store as JSON Lines or CSV.",
                "The files and their fields are described in docs/EXPORT.md in Onrecord's repository."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv", description = "Default: ${DEFAULT-VALUE}.")
    Export.Format format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (created if missing).")
    Path out;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String outProblem = Errors.folderProblem("--out", out);
        if (outProblem != null) {
            spec.commandLine().getErr().println("error: " + outProblem);
            return 2;
        }
        if (!store.exists(spec.commandLine().getErr())) {
            return 1;
        }
        try (Store s = Store.open(store.store)) {
            for (Path p : Export.write(s, out, format)) {
                spec.commandLine().getOut().println("wrote " + p);
            }
        }
        return 0;
    }
}

package org.onrecord.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onrecord.store.Store;
import org.onrecord.web.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord report}: the views as a self-contained static HTML folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the web UI's views as static HTML (no script, no external resources) that opens from disk.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
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
            int pages = Report.write(s, out);
            spec.commandLine().getOut().println("wrote " + pages + " pages to " + out + " (open " + out.resolve("index.html") + ")");
        }
        return 0;
    }
}

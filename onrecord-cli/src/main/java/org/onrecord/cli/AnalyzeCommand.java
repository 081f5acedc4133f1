package org.onrecord.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.onrecord.export.Export;
import org.onrecord.ingest.InputFiles;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Problem;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord analyze}: inputs into the store, and optionally the JSON Lines export. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Read articles (text, HTML, WARC; folders are searched recursively; globs allowed), find their "
                + "statements and store everything; re-running on the same inputs stores nothing twice.",
                "Exit status: 0 when at least one document was read (1 with --strict on any error), 1 when none was, 2 on bad options."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or globs: .txt .html .htm (.gz), .warc .warc.gz")
    List<String> inputs;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Crawl metadata: JSON like seeds/manifest.json, or CSV file,url,outlet,published.")
    Path manifest;

    @Mixin
    StoreOption store;

    @Option(names = "--export", paramLabel = "DIR", description = "Also write the JSON Lines export (EXPORT.md) into DIR.")
    Path export;

    @Option(names = "--strict", description = "Exit 1 on any input error, not only when nothing could be read.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no per-input warnings; errors and the summary only.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Manifest m;
        try {
            m = manifest == null ? Manifest.EMPTY : Manifest.read(manifest);
        } catch (java.io.IOException e) {
            err.println("error: manifest " + e.getMessage());
            return 2;
        }
        if (manifest != null && !quiet) {
            // Each wrong manifest entry is a warning naming the manifest and the entry; the run goes on without it.
            List<Problem> entries = new java.util.ArrayList<>(m.problems());
            entries.addAll(m.entriesWithoutInput(InputFiles.expand(inputs).files()));
            entries.forEach(p -> err.println(p.line()));
        }
        try (Store s = Store.open(store.store)) {
            Pipeline.Summary summary = Standard.pipeline(s, m).run(inputs, new ProgressBar(err, !quiet && ProgressBar.onTerminal()));
            for (Problem p : summary.problems()) {
                if (p.fatal() || !quiet) {
                    err.println(p.line());
                }
            }
            out.printf("analyzed %d file(s): %d document(s) (%d new), %d statement(s); %d error(s), %d warning(s); store %s%n",
                    summary.files(), summary.documents(), summary.newDocuments(), summary.statements(),
                    summary.errors(), summary.warnings(), store.store);
            if (export != null) {
                Export.write(s, export, Export.Format.JSONL);
                out.println("exported JSON Lines to " + export);
            }
            if (summary.documents() == 0) {
                err.println("error: no document could be read");
                return 1;
            }
            return strict && summary.errors() > 0 ? 1 : 0;
        }
    }
}

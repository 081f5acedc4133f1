package org.onrecord.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
                + "statements and store everything; re-running on the same inputs stores nothing twice (and does not analyse "
                + "unchanged inputs again).",
                "Each document gets a time budget (--budget); whatever goes wrong with one document is reported as it happens, "
                        + "naming the file and the stage, and the run goes on.",
                "Exit status: 0 when at least one document was read (1 with --strict on any error), 1 when none was, 2 on bad options."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or globs: .txt .html .htm (.gz), .warc .warc.gz")
    List<String> inputs;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Crawl metadata: JSON like seeds/manifest.json, or CSV "
            + "file,url,outlet,published. Repeat it for inputs from several crawls (the first manifest naming a file wins).")
    List<Path> manifests = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Option(names = "--export", paramLabel = "DIR", description = "Also write the JSON Lines export (docs/EXPORT.md) into DIR.")
    Path export;

    @Option(names = "--strict", description = "Exit 1 on any input error, not only when nothing could be read.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once. Default: one per processor (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--budget", paramLabel = "SECONDS", description = "CPU time one document may take in the per-document stages; "
            + "a document over it is stored without statements and reported. Default: ${DEFAULT-VALUE} s.")
    double budget = Pipeline.Options.DEFAULT_BUDGET.toSeconds();

    @Option(names = "--again", description = "Analyse every input again, also those this version of Onrecord stored unchanged "
            + "(by default a rerun reads and cleans them, finds them unchanged and keeps their statements).")
    boolean again;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no per-input warnings; errors and the summary only.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Manifest m;
        Pipeline.Options options;
        List<Manifest> read = new ArrayList<>();
        try {
            for (Path p : manifests) {
                if (java.nio.file.Files.isDirectory(p)) {
                    err.println("error: the manifest " + p + " is a folder, not a file (--manifest names a JSON or CSV file)");
                    return 2;
                }
                read.add(Manifest.read(p));
            }
            m = Manifest.combine(read);
        } catch (java.io.IOException e) {
            err.println("error: " + manifestProblem(e));
            return 2;
        }
        try {
            options = new Pipeline.Options(threads, Duration.ofMillis(Math.round(budget * 1000)));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (!quiet) {
            // Each wrong manifest entry is a warning naming the manifest and the entry; the run goes on without it.
            List<Path> files = manifests.isEmpty() ? List.of() : InputFiles.expand(inputs).files();
            for (Manifest one : read) {
                List<Problem> entries = new ArrayList<>(one.problems());
                entries.addAll(one.entriesWithoutInput(files));
                entries.forEach(p -> err.println(p.line()));
            }
        }
        String exportProblem = export == null ? null : Errors.folderProblem("--export", export);
        if (exportProblem != null) {
            err.println("error: " + exportProblem);
            return 2;
        }
        if (!store.canWrite(err)) {
            return 1;
        }
        boolean done = false;
        try (Store s = Store.open(store.store)) {
            ProgressBar bar = new ProgressBar(err, !quiet && ProgressBar.onTerminal(), quiet);
            Pipeline.Summary summary = Standard.pipeline(s, m, options, again).run(inputs, bar);
            out.printf("analyzed %d file(s): %d document(s) (%d new), %d statement(s); %d error(s), %d warning(s); store %s%n",
                    summary.files(), summary.documents(), summary.newDocuments(), summary.statements(),
                    summary.errors(), summary.warnings(), store.store);
            if (summary.documents() == 0) {
                List<String> empty = summary.files() == 0 ? emptyFolders() : List.of();
                empty.forEach(err::println);
                if (empty.isEmpty()) {
                    err.println("error: no document could be read");
                }
                return 1;
            }
            if (export != null) {
                Export.write(s, export, Export.Format.JSONL);
                out.println("exported JSON Lines to " + export);
            }
            done = true;
            return strict && summary.errors() > 0 ? 1 : 0;
        } finally {
            if (!done && store.removeIfCreatedEmpty()) {
                err.println("removed the empty store " + store.store + " this run had created");
            }
        }
    }

    /** The manifest's path and why it cannot be used, in one sentence. */
    static String manifestProblem(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            return "cannot read the manifest " + Errors.describe(f);
        }
        return "manifest " + e.getMessage();
    }

    /** One line for each folder among the inputs that held no file of a supported type. */
    private List<String> emptyFolders() {
        List<String> lines = new ArrayList<>();
        for (String input : inputs) {
            Path p;
            try {
                p = Path.of(input);
            } catch (java.nio.file.InvalidPathException e) {
                continue;
            }
            if (!java.nio.file.Files.isDirectory(p)) continue;
            InputFiles.Expansion x = InputFiles.expand(List.of(input));
            if (!x.files().isEmpty()) continue;
            lines.add("error: the folder " + p + " holds no supported files" + (x.skippedOtherTypes() == 0 ? " (it holds no files at all)"
                    : " (" + x.skippedOtherTypes() + " file(s) of other types passed over)") + "; Onrecord reads "
                    + String.join(" ", InputFiles.knownTypes()));
        }
        return lines;
    }
}

package org.onrecord.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.onrecord.demo.DemoStory;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord demo}: analyses the bundled FICTIONAL sample story and prints what it found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse a small FICTIONAL sample story shipped with Onrecord and print what it found.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "onrecord-demo",
            description = "Where to write the sample articles (DIR/articles) and the store (DIR/demo.db), kept for the commands "
                    + "it suggests next. Default: ./${DEFAULT-VALUE}.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path where = dir;
        String problem = Errors.folderProblem("--dir", where);
        if (problem != null) {
            err.println("error: " + problem);
            return 2;
        }
        Path db = where.resolve("demo.db");
        String why = StoreOption.whyNotWritable(db);
        if (why != null) {
            err.println("error: cannot write the demo's store " + db + ": " + why);
            return 1;
        }
        Path articles = where.resolve("articles");
        Path manifest = DemoStory.writeTo(articles);
        out.println("Onrecord demo: a FICTIONAL five-article story (Valdoria, Kestria and everyone in it are invented).");
        out.println("articles: " + articles);
        String someone;
        try (Store store = Store.open(db)) {
            Pipeline.Summary s = Standard.pipeline(store, Manifest.read(manifest)).run(List.of(articles.toString()), Pipeline.Progress.NONE);
            s.problems().forEach(p -> spec.commandLine().getErr().println(p.line()));
            out.printf("%d documents, %d statements; store %s%n%n", s.documents(), s.statements(), store.path());
            Map<String, Document> docs = store.documents().stream().collect(Collectors.toMap(Document::id, d -> d));
            for (Document d : store.documents()) {
                out.printf("- %s | %s | %s%n", d.published() == null ? "undated" : d.published(),
                        d.outlet() == null ? "unknown outlet" : d.outlet(), d.title());
            }
            out.println();
            Map<String, List<Statement>> bySpeaker = store.statements().stream()
                    .collect(Collectors.groupingBy(st -> st.speaker() == null ? "(unattributed)" : st.speaker()));
            bySpeaker.forEach((speaker, list) -> {
                out.println(speaker + ":");
                list.stream().sorted(Comparator.comparing(st -> st.saidOn() == null ? "9999" : st.saidOn()))
                        .forEach(st -> out.printf("  %s  %-8s %s “%s” (%s)%n", st.saidOn() == null ? "undated   " : st.saidOn(),
                                st.kind().label(), st.cue() == null ? "" : st.cue(), st.text(),
                                docs.get(st.doc()).outlet()));
            });
            List<Finding> findings = store.findings();
            if (!findings.isEmpty()) {
                out.println();
                out.println("Findings:");
                findings.forEach(f -> out.printf("  [%s] %s%n", f.type(), f.reason()));
            }
            someone = mostQuoted(bySpeaker);
        }
        out.println();
        out.println("The store stays in " + db + ". Next, try:");
        out.println("  ./onrecord timeline " + shell(someone) + " --store " + shell(db.toString())
                + "    # what one person said, in order, and where it does not add up");
        out.println("  ./onrecord outlets --store " + shell(db.toString()) + "    # how each outlet covered the story");
        out.println("  ./onrecord serve --store " + shell(db.toString()) + "    # browse it at http://127.0.0.1:7070/");
        out.println("  ./onrecord report --out " + shell(where.resolve("report").toString()) + " --store " + shell(db.toString())
                + "    # the same views as static HTML");
        out.println("  ./onrecord export --out " + shell(where.resolve("export").toString()) + " --store " + shell(db.toString())
                + "    # JSON Lines (docs/EXPORT.md)");
        out.println("and to analyse your own articles: ./onrecord analyze FOLDER --store my.db");
        return 0;
    }

    /** The speaker with the most statements (the first by name among equals), for the timeline example. */
    static String mostQuoted(Map<String, List<Statement>> bySpeaker) {
        return bySpeaker.entrySet().stream().filter(e -> !e.getKey().equals("(unattributed)"))
                .max(Comparator.<Map.Entry<String, List<Statement>>>comparingInt(e -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("NAME");
    }

    /** A word as the shell reads it: as it is when it is safe, else in double quotes, else in single quotes. */
    static String shell(String s) {
        if (s.matches("[A-Za-z0-9_./:=@%+-]+")) return s;
        if (!s.matches("(?s).*[\"$`\\\\!].*")) return "\"" + s + "\"";
        return "'" + s.replace("'", "'\\''") + "'";
    }
}

package org.onrecord.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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
    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the sample articles and the store (default: a new temporary folder).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path where = dir != null ? dir : Files.createTempDirectory("onrecord-demo");
        Path articles = where.resolve("articles");
        Path manifest = DemoStory.writeTo(articles);
        out.println("Onrecord demo: a FICTIONAL five-article story (Valdoria, Kestria and everyone in it are invented).");
        out.println("articles: " + articles);
        try (Store store = Store.open(where.resolve("demo.db"))) {
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
        }
        return 0;
    }
}

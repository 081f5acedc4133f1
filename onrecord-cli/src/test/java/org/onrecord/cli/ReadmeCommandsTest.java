package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Every command and option the CLI has is in README's commands table, and the help points to a file that exists. */
class ReadmeCommandsTest {
    static Path repository() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("onrecord-cli"))) return p;
        }
        throw new IllegalStateException("no repository above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyCommandAndOptionIsInTheCommandsTable() throws IOException {
        String readme = Files.readString(repository().resolve("README.md"));
        List<String> rows = readme.lines().filter(l -> l.startsWith("| `onrecord ")).toList();
        String benchmarksTake = readme.lines().filter(l -> l.startsWith("Benchmarks take")).findFirst().orElse("");
        List<String> missing = new ArrayList<>();
        check(Onrecord.commandLine(), rows, benchmarksTake, missing);
        assertEquals(List.of(), missing, "not in README's commands table");
    }

    private static void check(CommandLine cl, List<String> rows, String benchmarksTake, List<String> missing) {
        CommandSpec spec = cl.getCommandSpec();
        if (spec.userObject() instanceof CommandLine.HelpCommand) return;
        String name = spec.qualifiedName(" ");
        boolean leaf = cl.getSubcommands().isEmpty();
        if (leaf) {
            String row = rows.stream().filter(r -> r.startsWith("| `" + name + " ") || r.startsWith("| `" + name + "`")).findFirst().orElse(null);
            if (row == null) {
                missing.add(name);
                return;
            }
            String usage = row.substring(0, row.indexOf(" |", 2));
            for (OptionSpec o : spec.options()) {
                if (o.usageHelp() || o.versionHelp()) continue;
                boolean shown = List.of(o.names()).stream().anyMatch(n -> usage.contains(n + " ") || usage.contains(n + "]")
                        || usage.contains(n + "`") || usage.contains(n + "\\|"));
                boolean benchWide = name.startsWith("onrecord bench ") && benchmarksTake.contains("`" + o.longestName() + " ");
                if (!shown && !benchWide) missing.add(name + " " + o.longestName());
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                if (!usage.contains(p.paramLabel())) missing.add(name + " " + p.paramLabel());
            }
        }
        cl.getSubcommands().values().stream().distinct().forEach(sub -> check(sub, rows, benchmarksTake, missing));
    }

    @Test
    void helpPointsToTheExportFormatInTheRepository() throws IOException {
        assertTrue(Files.isRegularFile(repository().resolve("docs/EXPORT.md")));
        assertTrue(Run.of("export", "--help").out().contains("docs/EXPORT.md"));
        assertTrue(Run.of("analyze", "--help").out().contains("docs/EXPORT.md"));
        String readme = Files.readString(repository().resolve("README.md"));
        assertTrue(readme.contains("docs/EXPORT.md"), "README's export section points to it");
    }
}

package org.onrecord.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.onrecord.analyse.Coverage;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord outlets}: how each outlet covered the story. */
@Command(name = "outlets", mixinStandardHelpOptions = true,
        description = "For each outlet: the story's claims it carried and left out, its cue words, and its loaded words.")
final class OutletsCommand implements Callable<Integer> {
    @Option(names = "--topic", paramLabel = "T", description = "Only claims whose topic contains T.")
    String topic;

    @Option(names = "--story", paramLabel = "ID", description = "Only the articles of one story (an id from stories.jsonl).")
    String story;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!store.exists(spec.commandLine().getErr())) {
            return 1;
        }
        try (Store s = Store.open(store.store)) {
            var chosen = story == null ? null : s.stories().stream().filter(x -> x.id().equals(story)).findFirst().orElse(null);
            if (story != null && chosen == null) {
                spec.commandLine().getErr().println("error: no story '" + story + "' in " + store.store);
                return 1;
            }
            var coverage = chosen == null ? Coverage.of(topic, s.documents(), s.statements(), s.findings())
                    : Coverage.of(topic, chosen, s.documents(), s.statements(), s.findings());
            for (Coverage.Outlet o : coverage) {
                out.println(o.outlet());
                out.println("  carried (" + o.carried().size() + "):");
                o.carried().forEach(st -> out.println("    " + line(st)));
                out.println("  left out (" + o.omitted().size() + "):");
                o.omitted().forEach(st -> out.println("    " + line(st)));
                out.println("  cue words: " + counts(o.cues()));
                out.println("  loaded words: " + counts(o.loaded()));
            }
        }
        return 0;
    }

    private static String line(Statement s) {
        String t = s.text().strip();
        return (s.speaker() == null ? "?" : s.speaker()) + " (" + (s.cue() == null ? "" : s.cue()) + "): “"
                + (t.length() > 100 ? t.substring(0, 97) + "…" : t) + "”";
    }

    private static String counts(Map<String, Integer> m) {
        return m.isEmpty() ? "none" : m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}

package org.onrecord.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.onrecord.analyse.Timeline;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code onrecord timeline PERSON}: what one person said, in order, where, and where it does not add up. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "A person's statements in the order they were made, the outlets that carried each, and the findings between them.")
final class TimelineCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PERSON", description = "A name or an alias (a part of the name is enough).")
    String person;

    @Option(names = "--topic", paramLabel = "T", description = "Only statements whose topic contains T (e.g. 'weapons').")
    String topic;

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
            Person p = Timeline.person(person, s.people());
            if (p == null) {
                spec.commandLine().getErr().println("error: nobody called '" + person + "' in " + store.store);
                return 1;
            }
            var docs = s.documents();
            var statements = s.statements();
            Timeline.View v = Timeline.of(p, topic, docs, statements, org.onrecord.analyse.Analyse.topics(s.findings()),
                    s.findings(), s.stories());
            out.println(p.name() + (p.roles().isEmpty() ? "" : " (" + String.join("; ", p.roles().subList(0, Math.min(2, p.roles().size()))) + ")"));
            for (Timeline.Entry e : v.entries()) {
                String when = switch (e.dating()) {
                    case SAID_ON -> org.onrecord.model.Statement.PUBLISHED.equals(e.statement().saidOnBasis()) ? e.date() + " (news of that day)" : e.date();
                    case ARTICLE_DATE -> e.date() + " (article date)";
                    case UNDATED -> "undated";
                };
                out.printf("  %-26s %-8s %s “%s”%n", when, e.statement().kind().label(), e.statement().cue() == null ? "" : e.statement().cue(),
                        e.statement().text().strip());
                out.printf("  %-26s carried by: %s%s%n", "", String.join(", ", e.outlets()), e.story() == null ? "" : " · story: " + e.story());
            }
            if (!v.findings().isEmpty()) {
                out.println("Findings:");
                for (Finding f : v.findings()) out.printf("  [%s] %s%n", f.type(), f.reason());
            }
        }
        return 0;
    }
}

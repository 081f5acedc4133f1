package org.onrecord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.onrecord.pipeline.Pipeline;

/**
 * {@code onrecord bench reliability}: the trials of issue 11 on generated inputs and PolNeAR train. Kill trials
 * ({@link KillTrials}), the hostile corpus ({@link HostileRun}), two concurrent writers ({@link ConcurrentWriters})
 * and {@code serve} under an analyze ({@link ServeUnderAnalyze}). Commands that must be killed or run side by side
 * run in processes of their own, started with {@code command}.
 */
public final class ReliabilityBench {
    /** The parts that can be run. */
    public static final Set<String> PARTS = Set.of("kill", "hostile", "writers", "serve");

    /**
     * @param command  how to start the command line in another process (java, options, class path, main class)
     * @param corpus   the corpus of the kill trials and of the store served (default PolNeAR train)
     * @param options  threads and budget of the hostile run (in this JVM)
     */
    public record Settings(List<String> command, Path shared, Path out, Path corpus, int trials, long seed, Pipeline.Options options,
                           Set<String> parts) {
    }

    /** What each part found (null for a part not run). */
    public record Result(KillTrials.Result kills, HostileRun.Result hostile, ConcurrentWriters.Result writers, ServeUnderAnalyze.Result serve) {
    }

    private ReliabilityBench() {
    }

    public static Result run(Settings s, Consumer<String> log) throws IOException, InterruptedException {
        Files.createDirectories(s.out());
        Child child = new Child(s.command());
        Path dev = s.shared().resolve("bench/polnear/dev/text"), test = s.shared().resolve("bench/polnear/test/text");
        KillTrials.Result kills = null;
        if (s.parts().contains("kill") || s.parts().contains("serve")) {
            kills = new KillTrials(child, s.corpus(), s.out().resolve("kill"), s.seed(), log).run(s.parts().contains("kill") ? s.trials() : 0);
        }
        HostileRun.Result hostile = s.parts().contains("hostile") ? HostileRun.run(s.out(), s.seed(), s.options(), log) : null;
        ConcurrentWriters.Result writers = s.parts().contains("writers")
                ? ConcurrentWriters.run(child, dev, test, s.out().resolve("writers"), log) : null;
        ServeUnderAnalyze.Result serve = s.parts().contains("serve")
                ? ServeUnderAnalyze.run(child, s.out().resolve("kill/reference.db"), List.of(dev, test), s.out(), log) : null;
        return new Result(s.parts().contains("kill") ? kills : null, hostile, writers, serve);
    }
}

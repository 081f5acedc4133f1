package org.onrecord.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.onrecord.bench.ReliabilityBench;
import org.onrecord.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code onrecord bench reliability}: kill trials, the hostile corpus, two writers, serve under an analyze. */
@Command(name = "reliability", mixinStandardHelpOptions = true,
        description = {"Reliability trials: kill -9 during analyze of PolNeAR train then a rerun, compared with an uninterrupted run; "
                + "a generated hostile corpus (about 1,000 bad files and 20 good fictional articles); two analyze runs into one store "
                + "at once; serve while an analyze writes its store. Prints what each found and a SCORE line.",
                "Run with ONRECORD_JAVA_OPTS=-Xmx2g to hold the heap to 2 GiB (the child processes get -Xmx2g)."})
final class ReliabilityCommand extends BenchCommand.Tool {
    @Option(names = "--trials", defaultValue = "5", description = "kill -9 trials. Default: ${DEFAULT-VALUE}.")
    int trials;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus of the kill trials and of the served store (default: SHARED/bench/polnear/train/text).")
    Path corpus;

    @Option(names = "--seed", defaultValue = "11", description = "Seed of the kill times and of the hostile corpus. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--budget", defaultValue = "10", paramLabel = "SECONDS", description = "Per-document budget of the hostile run. Default: ${DEFAULT-VALUE}.")
    double budget;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the hostile run. Default: one per processor.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--parts", split = ",", paramLabel = "PART", description = "Parts to run: kill, hostile, writers, serve. Default: all.")
    Set<String> parts = ReliabilityBench.PARTS;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        if (!ReliabilityBench.PARTS.containsAll(parts)) {
            err().println("error: --parts takes " + new TreeSet<>(ReliabilityBench.PARTS) + ", not " + parts);
            return 2;
        }
        List<String> needed = new ArrayList<>();
        if (parts.contains("kill") || parts.contains("serve")) {
            needed.add(corpus != null ? corpus.toAbsolutePath().toString() : "bench/polnear/train/text");
        }
        if (parts.contains("writers") || parts.contains("serve")) {
            needed.addAll(List.of("bench/polnear/dev/text", "bench/polnear/test/text"));
        }
        Integer stop = missing(needed.toArray(String[]::new));
        if (stop != null) {
            return stop;
        }
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), Onrecord.class.getName());
        var settings = new ReliabilityBench.Settings(java, dirs.shared, dirs.out.resolve("reliability"),
                corpus != null ? corpus : dirs.shared.resolve("bench/polnear/train/text"), trials, seed,
                new Pipeline.Options(threads, Duration.ofMillis(Math.round(budget * 1000))), parts);
        var r = ReliabilityBench.run(settings, m -> {
            err().println(m);
            err().flush();
        });
        List<String> score = new ArrayList<>();
        if (r.kills() != null) {
            var k = r.kills();
            out.printf(Locale.ROOT, "kill trials over %s (%d files, %d documents; uninterrupted: documents stored in %.1f s, "
                    + "cross-document stage %.1f s):%n", settings.corpus(), k.files(), k.documents(), k.documentsSeconds(), k.crossDocumentSeconds());
            for (var t : k.trials()) {
                out.printf("  trial %d: %s; integrity %s%s; rerun %s%n", t.number(), t.when(), t.integrity(),
                        t.intactAfterKill() == null ? "" : t.intactAfterKill() ? "; store unchanged by the killed run" : "; store CHANGED by the killed run",
                        t.differences().isEmpty() ? "identical to the uninterrupted run" : "differs: " + t.differences());
            }
            long ok = k.trials().stream().filter(t -> "ok".equals(t.integrity())).count();
            out.printf("  %d/%d identical to the uninterrupted run, integrity ok %d/%d%n", k.passed(), k.trials().size(), ok, k.trials().size());
            score.add("kill_identical=" + k.passed() + "/" + k.trials().size());
            score.add("kill_integrity_ok=" + ok + "/" + k.trials().size());
        }
        if (r.hostile() != null) {
            var h = r.hostile();
            out.printf(Locale.ROOT, "hostile corpus: %d files (%d bad, %d good) in %.1f s, budget %s per document, %d thread(s)%n",
                    h.files(), h.badFiles(), h.goodFiles(), h.seconds(), org.onrecord.model.Deadline.format(h.budget()), settings.options().threads());
            out.printf("  good articles stored with statements: %d/%d%n", h.goodStored(), h.goodFiles());
            out.printf("  bad files refused with a reason or read, as each must be: %d/%d%n", h.badNamedOrRead(), h.badFiles());
            for (var kind : h.kinds()) {
                out.printf("    %-32s %-8s %4d/%-4d%s%n", kind.kind(), kind.expect().name().toLowerCase(Locale.ROOT), kind.handled(), kind.files(),
                        kind.mishandled().isEmpty() ? "" : "  not as expected: " + String.join(", ", kind.mishandled().subList(0, Math.min(4, kind.mishandled().size())))
                                + (kind.mishandled().size() > 4 ? ", ..." : ""));
            }
            out.println("  slowest documents (CPU seconds in the per-document stages):");
            h.slowest().forEach(x -> out.printf(Locale.ROOT, "    %6.2f  %s%n", x.cpuSeconds(), x.source()));
            out.printf(Locale.ROOT, "  stopped at the budget: %d; workers given up: %d; longest document %.2f s CPU%n", h.overBudget(), h.givenUp(), h.maxCpuSeconds());
            out.printf("  peak heap %d MiB (max heap %d MiB)%n", h.peakHeapBytes() >> 20, h.maxHeapBytes() >> 20);
            out.println("  one problem line per kind:");
            h.sampleProblems().forEach(l -> out.println("    " + l));
            score.add("hostile_good=" + h.goodStored() + "/" + h.goodFiles());
            score.add("hostile_bad_handled=" + h.badNamedOrRead() + "/" + h.badFiles());
            score.add("hostile_given_up=" + h.givenUp());
            score.add(String.format(Locale.ROOT, "hostile_max_doc_cpu_s=%.2f", h.maxCpuSeconds()));
            score.add("hostile_peak_heap_mib=" + (h.peakHeapBytes() >> 20));
        }
        if (r.writers() != null) {
            var w = r.writers();
            out.printf(Locale.ROOT, "two writers into one store (PolNeAR dev and test at once, %.1f s): exit %d and %d, integrity %s, export %s%n",
                    w.seconds(), w.exitA(), w.exitB(), w.integrity(), w.differences().isEmpty() ? "identical to one run over both" : "differs: " + w.differences());
            w.errors().forEach(e -> out.println("  " + e));
            score.add("writers_ok=" + (w.passed() ? 1 : 0));
        }
        if (r.serve() != null) {
            var s = r.serve();
            out.printf(Locale.ROOT, "serve during analyze of PolNeAR dev and test into its store (%.1f s): %d error(s)%n", s.analyzeSeconds(), s.errors());
            double worst = 0;
            for (var p : s.pages()) {
                out.printf(Locale.ROOT, "  %-13s %4d requests, %d errors: p50 %7.1f ms, p95 %7.1f ms, max %7.1f ms%n", p.name(), p.requests(), p.errors(), p.p50(), p.p95(), p.max());
                worst = Math.max(worst, p.p95());
            }
            s.errorSamples().forEach(e -> out.println("  " + e));
            score.add("serve_errors=" + s.errors());
            score.add(String.format(Locale.ROOT, "serve_worst_p95_ms=%.1f", worst));
        }
        out.println("SCORE " + String.join(" ", score));
        return 0;
    }
}

package org.onrecord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.onrecord.bench.HostileCorpus.Entry;
import org.onrecord.bench.HostileCorpus.Expect;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Problem;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;

/**
 * The hostile corpus through the standard pipeline in this JVM: which files were handled as they must be (by kind),
 * the slowest documents, budget overruns and workers given up, and the peak heap.
 */
public final class HostileRun {
    /** How one kind of file fared: files handled as expected, and the names of those that were not. */
    public record Kind(String kind, Expect expect, int files, int handled, List<String> mishandled) {
    }

    public record Slow(String source, double cpuSeconds) {
    }

    public record Result(int files, int badFiles, int goodStored, int goodFiles, List<Kind> kinds, List<Slow> slowest, int overBudget,
                  int givenUp, double maxCpuSeconds, Duration budget, long peakHeapBytes, long maxHeapBytes, double seconds,
                  int documents, List<String> sampleProblems) {
        public int badNamedOrRead() {
            return kinds.stream().filter(k -> k.expect() != Expect.GOOD).mapToInt(Kind::handled).sum();
        }
    }

    private HostileRun() {
    }

    static Result run(Path out, long seed, Pipeline.Options options, Consumer<String> log) throws IOException {
        Path corpus = out.resolve("hostile");
        if (Files.exists(corpus)) deleteTree(corpus);
        List<Entry> entries = HostileCorpus.write(corpus, seed);
        log.accept("hostile corpus: " + entries.size() + " files in " + corpus);
        Path db = out.resolve("hostile.db");
        Child.deleteStore(db);
        Map<String, Long> cpu = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Pipeline.Progress progress = new Pipeline.Progress() {
            @Override
            public void update(int done, int total, String current) {
                if (done % 100 == 0) log.accept("hostile corpus: " + done + "/" + total);
            }

            @Override
            public void problem(Problem p) {
                problems.add(p);
            }

            @Override
            public void analysed(String source, long cpuNanos) {
                cpu.put(source, cpuNanos);
            }
        };
        SpeedBench.resetPeaks();
        long t0 = System.nanoTime();
        Map<String, Integer> statementsBySource = new HashMap<>();
        Set<String> stored = new HashSet<>();
        try (Store store = Store.open(db)) {
            Standard.pipeline(store, Manifest.EMPTY, options).run(List.of(corpus.toString()), progress);
            Map<String, String> sourceOf = new HashMap<>();
            for (Document d : store.documents()) {
                stored.add(d.source());
                sourceOf.put(d.id(), d.source());
            }
            store.statements().forEach(s -> statementsBySource.merge(sourceOf.get(s.doc()), 1, Integer::sum));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = SpeedBench.peakHeap();

        Set<String> named = new HashSet<>();
        for (Problem p : problems) {
            String s = p.source();
            named.add(s.contains("#") ? s.substring(0, s.indexOf('#')) : s);
        }
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        entries.forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e));
        List<Kind> kinds = new ArrayList<>();
        int goodStored = 0, goodFiles = 0;
        for (Map.Entry<String, List<Entry>> k : byKind.entrySet()) {
            List<String> wrong = new ArrayList<>();
            for (Entry e : k.getValue()) {
                String f = e.file().toString();
                boolean ok = switch (e.expect()) {
                    case REFUSED -> named.contains(f) && !stored.contains(f);
                    case READ -> stored.contains(f);
                    case NAMED -> stored.contains(f) || named.contains(f);
                    case GOOD -> stored.contains(f) && statementsBySource.getOrDefault(f, 0) > 0;
                };
                if (!ok) wrong.add(e.file().getFileName().toString());
            }
            Expect expect = k.getValue().get(0).expect();
            if (expect == Expect.GOOD) {
                goodFiles += k.getValue().size();
                goodStored += k.getValue().size() - wrong.size();
            }
            kinds.add(new Kind(k.getKey(), expect, k.getValue().size(), k.getValue().size() - wrong.size(), wrong));
        }
        List<Slow> slowest = cpu.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(e -> new Slow(e.getKey(), e.getValue() / 1e9)).toList();
        int over = (int) problems.stream().filter(p -> p.message().contains("time budget")).count();
        int givenUp = (int) problems.stream().filter(p -> p.message().contains("given up")).count();
        double max = cpu.values().stream().mapToLong(Long::longValue).max().orElse(0) / 1e9;
        List<String> sample = new ArrayList<>();
        for (List<Entry> k : byKind.values()) {
            Set<String> files = new HashSet<>();
            k.forEach(e -> files.add(e.file().toString()));
            problems.stream().filter(p -> files.contains(p.source().replaceFirst("#.*", ""))).findFirst().ifPresent(p -> sample.add(p.line()));
        }
        return new Result(entries.size(), (int) entries.stream().filter(e -> e.expect() != Expect.GOOD).count(), goodStored, goodFiles,
                kinds, slowest, over, givenUp, max, options.budget(), peak, Runtime.getRuntime().maxMemory(), seconds, stored.size(), sample);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

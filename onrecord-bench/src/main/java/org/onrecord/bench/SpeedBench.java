package org.onrecord.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.onrecord.clean.Clean;
import org.onrecord.model.Format;
import org.onrecord.model.Metadata;
import org.onrecord.model.RawDocument;
import org.onrecord.ingest.Manifest;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;

/**
 * Speed, single-threaded, after a warm-up: Onrecord's per-article analysis (clean, annotate, extract) over the
 * PolNeAR train texts; then the full analyze (every stage, into a new temporary store), the per-document and the
 * cross-document stages timed apart, in wall and CPU seconds (the machine may be shared); then in the same JVM
 * CoreNLP's own {@code tokenize,ssplit,pos,lemma,ner}
 * pipeline over the same texts. Peak heap is measured per phase (pool peaks reset in between).
 */
public final class SpeedBench {
    /** One phase's figures. */
    public record Phase(String name, int articles, long tokens, double seconds, long peakHeapBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /**
     * The full analyze over the same texts into a new store: the per-document stages with their store writes, then
     * the cross-document stages (resolve, findings, stories); wall and this thread's CPU seconds of each.
     */
    public record Full(int articles, double perDocumentSeconds, double crossDocumentSeconds, double perDocumentCpu, double crossDocumentCpu,
                       long peakHeapBytes, int statements, int findings) {
        public double articlesPerSecond() {
            return articles / (perDocumentSeconds + crossDocumentSeconds);
        }

        public double articlesPerCpuSecond() {
            return articles / (perDocumentCpu + crossDocumentCpu);
        }

        public double crossDocumentShare() {
            return crossDocumentCpu / (perDocumentCpu + crossDocumentCpu);
        }
    }

    public record Result(Phase onrecord, Full full, Phase corenlp, long maxHeapBytes) {
        public double ratio() {
            return onrecord.articlesPerSecond() / corenlp.articlesPerSecond();
        }
    }

    private SpeedBench() {
    }

    /** Runs both phases over the first {@code limit} train texts (all when limit is 0). */
    public static Result run(Path shared, int limit, boolean withCoreNlp, Consumer<String> log) throws IOException {
        Path dir = shared.resolve("bench/polnear/train/text");
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not found (is --shared the shared folder?)");
        List<String> texts = new ArrayList<>();
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (limit > 0 && texts.size() >= limit) break;
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
                files.add(p.toString());
            }
        }
        long tokens = countTokens(texts);
        log.accept("texts: " + texts.size() + ", tokens (CoreNLP tokenizer): " + tokens);
        // warm-up: JIT and lazily built pipelines, on a slice of the texts
        for (String t : texts.subList(0, Math.min(60, texts.size()))) analyse(t);
        resetPeaks();
        long t0 = System.nanoTime();
        for (String t : texts) analyse(t);
        Phase ours = new Phase("onrecord", texts.size(), tokens, (System.nanoTime() - t0) / 1e9, peakHeap());
        log.accept(String.format(java.util.Locale.ROOT, "onrecord: %.1f articles/s", ours.articlesPerSecond()));
        Full full = full(files, log);
        Phase theirs = null;
        if (withCoreNlp) {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("threads", "1");
            StanfordCoreNLP nlp = new StanfordCoreNLP(p);
            for (String t : texts.subList(0, Math.min(20, texts.size()))) nlp.annotate(new Annotation(t));
            resetPeaks();
            long t1 = System.nanoTime();
            int n = 0;
            for (String t : texts) {
                nlp.annotate(new Annotation(t));
                if (++n % 100 == 0) log.accept("corenlp: " + n + "/" + texts.size());
            }
            theirs = new Phase("corenlp tokenize,ssplit,pos,lemma,ner", texts.size(), tokens, (System.nanoTime() - t1) / 1e9, peakHeap());
        }
        return new Result(ours, full, theirs, Runtime.getRuntime().maxMemory());
    }

    /** The full analyze of {@code files} into a new temporary store, as {@code onrecord analyze} runs it. */
    private static Full full(List<String> files, Consumer<String> log) throws IOException {
        Path dir = Files.createTempDirectory("onrecord-speed");
        Path db = dir.resolve("speed.db");
        // the per-document stages run on worker threads: the process's CPU time counts them all
        com.sun.management.OperatingSystemMXBean cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        resetPeaks();
        try (Store store = Store.open(db)) {
            long w0 = System.nanoTime(), c0 = cpu.getProcessCpuTime();
            new Pipeline(store, Manifest.EMPTY, Standard::analyse, Pipeline.CrossDocument.NONE).run(files, Pipeline.Progress.NONE);
            long w1 = System.nanoTime(), c1 = cpu.getProcessCpuTime();
            log.accept(String.format(java.util.Locale.ROOT, "full analyze: per-document stages %.1f s", (w1 - w0) / 1e9));
            Standard.crossDocument(store);
            long w2 = System.nanoTime(), c2 = cpu.getProcessCpuTime();
            log.accept(String.format(java.util.Locale.ROOT, "full analyze: cross-document stages %.1f s", (w2 - w1) / 1e9));
            return new Full(files.size(), (w1 - w0) / 1e9, (w2 - w1) / 1e9, (c1 - c0) / 1e9, (c2 - c1) / 1e9, peakHeap(),
                    store.statements().size(), store.findings().size());
        } finally {
            for (String f : List.of("speed.db", "speed.db-wal", "speed.db-shm")) Files.deleteIfExists(dir.resolve(f));
            Files.deleteIfExists(dir);
        }
    }

    private static void analyse(String text) {
        RawDocument raw = new RawDocument("speed.txt", text, Format.TEXT, Metadata.EMPTY, null);
        Standard.statements(Clean.clean(raw));
    }

    private static long countTokens(List<String> texts) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        StanfordCoreNLP tok = new StanfordCoreNLP(p);
        long n = 0;
        for (String t : texts) {
            Annotation a = new Annotation(t);
            tok.annotate(a);
            n += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    /** Runs a collection and resets the heap pools' peaks, so that {@link #peakHeap} measures what follows. */
    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peak use since {@link #resetPeaks}. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}

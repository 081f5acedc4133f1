package org.onrecord.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code onrecord bench fuzz}: runs the Jazzer fuzz targets (core's {@code org.onrecord.fuzz.*FuzzTest}) in
 * fuzzing mode, one JVM each, sharing the given minutes. A crash, a timeout (an input over the target's
 * {@code @Timeout}) or a slow input (over 2 s) is written by libFuzzer into the target's inputs folder,
 * {@code onrecord-core/src/test/resources/org/onrecord/fuzz/<Class>Inputs/<method>/} when run from the
 * repository: the ordinary test run replays every file there, so a finding becomes a regression test by
 * being committed. The corpus grown while fuzzing stays under {@code OUT/fuzz/corpus}.
 */
public final class FuzzBench {
    /** A fuzz target: its short name and the test method. */
    public record Target(String name, String testClass, String method) {
    }

    /** What one target did: seconds, inputs run, coverage (libFuzzer's cov), the new finding files, exit status. */
    public record Outcome(Target target, double seconds, long executions, long coverage, List<Path> findings, int exit, Path log) {
    }

    public static final List<Target> TARGETS = List.of(
            new Target("ingest", "org.onrecord.fuzz.IngestFuzzTest", "ingest"),
            new Target("manifest", "org.onrecord.fuzz.IngestFuzzTest", "manifest"),
            new Target("clean", "org.onrecord.fuzz.CleanFuzzTest", "clean"),
            new Target("annotate", "org.onrecord.fuzz.AnnotateFuzzTest", "annotate"),
            new Target("extract", "org.onrecord.fuzz.ExtractFuzzTest", "extract"));

    private static final Pattern EXECUTIONS = Pattern.compile("stat::number_of_executed_units: (\\d+)");
    private static final Pattern COVERAGE = Pattern.compile("^#\\d+\\s+\\S+\\s+cov: (\\d+)", Pattern.MULTILINE);

    private FuzzBench() {
    }

    /** The targets named (all when none), in the order of {@link #TARGETS}; an unknown name is an error. */
    public static List<Target> select(List<String> names) {
        if (names == null || names.isEmpty()) return TARGETS;
        List<Target> out = new ArrayList<>();
        for (String n : names) {
            out.add(TARGETS.stream().filter(t -> t.name().equals(n)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "unknown fuzz target '" + n + "' (known: " + String.join(", ", TARGETS.stream().map(Target::name).toList()) + ")")));
        }
        return out;
    }

    /**
     * Fuzzes each target for its share of {@code minutes}. {@code base} is the folder whose
     * {@code src/test/resources} receives the findings (the repository's onrecord-core when it exists).
     */
    public static List<Outcome> run(List<Target> targets, double minutes, Path base, Path out, Consumer<String> log)
            throws IOException, InterruptedException {
        Path fuzzOut = Files.createDirectories(out.resolve("fuzz"));
        Files.createDirectories(base.resolve("src/test/resources"));
        long seconds = Math.max(10, Math.round(minutes * 60 / targets.size()));
        List<Outcome> outcomes = new ArrayList<>();
        for (Target t : targets) {
            Path corpus = Files.createDirectories(fuzzOut.resolve("corpus").resolve(t.name()));
            seed(corpus, t);
            Path inputs = base.resolve("src/test/resources/org/onrecord/fuzz").resolve(simpleName(t.testClass()) + "Inputs").resolve(t.method());
            Set<Path> before = listing(inputs);
            Path logFile = fuzzOut.resolve(t.name() + ".log");
            List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-Xss4m",
                    "-cp", System.getProperty("java.class.path"),
                    "-DJAZZER_FUZZ=1", "-Djazzer.max_duration=" + seconds + "s",
                    FuzzMain.class.getName(), t.testClass(), t.method(), base.toAbsolutePath().toString(), corpus.toAbsolutePath().toString(),
                    "-max_len=8192", "-len_control=0", "-report_slow_units=2", "-print_final_stats=1"));
            log.accept(String.format(java.util.Locale.ROOT, "fuzzing %s for %d s (log %s) ...", t.name(), seconds, logFile));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            if (!p.waitFor(seconds + 180, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            double took = (System.nanoTime() - t0) / 1e9;
            String text = Files.readString(logFile, java.nio.charset.StandardCharsets.ISO_8859_1);
            List<Path> found = new ArrayList<>(listing(inputs));
            found.removeAll(before);
            found.sort(null);
            outcomes.add(new Outcome(t, took, last(EXECUTIONS, text), last(COVERAGE, text), List.copyOf(found), p.exitValue(), logFile));
        }
        return outcomes;
    }

    /** A FICTIONAL article, as text, as HTML and as a manifest, for an empty corpus to start from. */
    private static void seed(Path corpus, Target t) throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            if (s.findAny().isPresent()) return;
        }
        String article = "Harbour tolls to stay, minister says\n\nPORT ELLIN, March 4 (Fictional Wire) - \u201cWe will not raise the "
                + "harbour tolls this year,\u201d Minister Ana Dorsey said on Monday. She added that talks would go on.\n\n"
                + "Opposition leader Karl Mendes said that \"the promise is a cynical manoeuvre\" and denied that the fleet had "
                + "been consulted last week.\n";
        String text = t.name().equals("manifest")
                ? "file,url,outlet,published\na.txt,https://news.example/a,\"Fictional Wire, The\",2024-03-04\n"
                : "<html><head><title>Harbour tolls</title><meta property=\"article:published_time\" content=\"2024-03-04\">"
                + "</head><body><article><h1>Harbour tolls to stay</h1><p>" + article.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        Files.writeString(corpus.resolve("seed-article"), article);
        Files.writeString(corpus.resolve("seed-page"), text);
    }

    /** The folder whose src/test/resources holds the fuzz inputs: the repository's onrecord-core when run from it. */
    public static Path defaultBase(Path out) {
        Path repo = Path.of("onrecord-core", "src", "test", "java", "org", "onrecord", "fuzz");
        return Files.isDirectory(repo) ? Path.of("onrecord-core") : out.resolve("fuzz").resolve("findings");
    }

    private static long last(Pattern p, String text) {
        Matcher m = p.matcher(text);
        long v = -1;
        while (m.find()) v = Long.parseLong(m.group(1));
        return v;
    }

    private static Set<Path> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return Set.of();
        try (Stream<Path> s = Files.list(dir)) {
            return new HashSet<>(s.toList());
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString() + (File.separatorChar == '\\' ? ".exe" : "");
    }
}

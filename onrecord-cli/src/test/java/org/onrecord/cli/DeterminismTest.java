package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.testing.SharedData;

/**
 * The same inputs give a byte-identical export whatever the number of threads, however the inputs are split
 * across runs into one store, and whatever the JVM's flags (another JVM with one garbage-collection thread): the
 * seeds and PolNeAR dev, with the cross-document stages (people, groups, findings, stories) over all of them.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void theSameInputsGiveTheSameExport() throws Exception {
        Path shared = SharedData.require();
        String seeds = shared.resolve("seeds").toString(), dev = shared.resolve("bench/polnear/dev/text").toString();
        String manifest = shared.resolve("seeds/manifest.json").toString();

        Path oneBatch = analyze("one-batch", "2", seeds, dev, "--manifest", manifest);
        assertTrue(Files.readAllLines(oneBatch.resolve("statements.jsonl")).size() > 1000);

        Exports.assertIdentical(oneBatch, analyze("one-thread", "1", seeds, dev, "--manifest", manifest), "1 thread vs 2");

        Path twoBatchesStore = dir.resolve("two-batches.db");
        Run first = Run.of("analyze", dev, "--store", twoBatchesStore.toString(), "--threads", "2", "-q");
        assertEquals(0, first.exit(), first.err());
        Path twoBatches = dir.resolve("two-batches");
        Run second = Run.of("analyze", seeds, "--manifest", manifest, "--store", twoBatchesStore.toString(), "--threads", "2", "-q",
                "--export", twoBatches.toString());
        assertEquals(0, second.exit(), second.err());
        Exports.assertIdentical(oneBatch, twoBatches, "two batches (dev, then the seeds) vs one");

        Exports.assertIdentical(oneBatch, analyzeInAnotherJvm("-XX:ParallelGCThreads=1", seeds, dev, "--manifest", manifest),
                "-XX:ParallelGCThreads=1 in another JVM vs this JVM");
    }

    private Path analyze(String name, String threads, String... inputs) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("analyze"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("--store", dir.resolve(name + ".db").toString(), "--threads", threads, "-q", "--export", out.toString()));
        Run r = Run.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    private Path analyzeInAnotherJvm(String flag, String... inputs) throws IOException, InterruptedException {
        Path out = dir.resolve("other-jvm");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), flag, "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), Onrecord.class.getName(), "analyze"));
        cmd.addAll(List.of(inputs));
        cmd.addAll(List.of("--store", dir.resolve("other-jvm.db").toString(), "--threads", "2", "-q", "--export", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("other-jvm.log").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the other JVM finishes");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("other-jvm.log")));
        return out;
    }
}

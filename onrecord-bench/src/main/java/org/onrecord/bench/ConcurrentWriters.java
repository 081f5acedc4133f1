package org.onrecord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Two {@code analyze} runs writing one store at the same time (two corpora, started together): both must finish
 * with exit 0, SQLite must find the store sound, and the store must export exactly what one run over both corpora
 * exports.
 */
public final class ConcurrentWriters {
    public record Result(int exitA, int exitB, String integrity, List<String> differences, List<String> errors, double seconds) {
        public boolean passed() {
            return exitA == 0 && exitB == 0 && "ok".equals(integrity) && differences.isEmpty();
        }
    }

    private ConcurrentWriters() {
    }

    static Result run(Child child, Path a, Path b, Path out, Consumer<String> log) throws IOException, InterruptedException {
        Files.createDirectories(out);
        Path ref = out.resolve("one-run.db"), shared = out.resolve("two-writers.db");
        Child.deleteStore(ref);
        Child.deleteStore(shared);
        log.accept("concurrent writers: one run over both corpora ...");
        child.run(out.resolve("one-run.log"), "analyze", a.toString(), b.toString(), "--store", ref.toString(), "-q");
        Child.export(ref, out.resolve("one-run"));
        log.accept("concurrent writers: two runs into one store at once ...");
        long t0 = System.nanoTime();
        Process pa = child.start(out.resolve("writer-a.log"), "analyze", a.toString(), "--store", shared.toString(), "-q");
        Process pb = child.start(out.resolve("writer-b.log"), "analyze", b.toString(), "--store", shared.toString(), "-q");
        boolean done = pa.waitFor(1, TimeUnit.HOURS) & pb.waitFor(1, TimeUnit.HOURS);
        if (!done) throw new IOException("the two writers did not finish within an hour");
        double seconds = (System.nanoTime() - t0) / 1e9;
        String integrity = Child.export(shared, out.resolve("two-writers"));
        List<String> errors = new ArrayList<>();
        for (String w : List.of("writer-a.log", "writer-b.log")) {
            Files.readAllLines(out.resolve(w)).stream().filter(l -> l.startsWith("error:")).forEach(l -> errors.add(w + ": " + l));
        }
        return new Result(pa.exitValue(), pb.exitValue(), integrity, Child.differences(out.resolve("one-run"), out.resolve("two-writers")),
                errors, seconds);
    }
}

package org.onrecord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onrecord.export.Export;
import org.onrecord.store.Store;

/**
 * {@code onrecord} commands run in a process of their own (so that one can be killed with SIGKILL, or several
 * write one store at once), and the comparisons the reliability benchmark makes between their results.
 *
 * @param command how to start the command line: {@code java}, its options, the class path and the main class
 */
record Child(List<String> command) {
    /** Children still running when the benchmark ends (or is stopped) are killed with it. */
    private static final java.util.Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
    }

    Child {
        command = List.copyOf(command);
    }

    /** Starts {@code onrecord ARGS...}, its output going to {@code log}. */
    Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RUNNING.add(p);
        p.onExit().thenRun(() -> RUNNING.remove(p));
        return p;
    }

    /** Runs {@code onrecord ARGS...} to its end; fails with its output when it exits other than 0. */
    void run(Path log, String... args) throws IOException, InterruptedException {
        Process p = start(log, args);
        if (!p.waitFor(2, TimeUnit.HOURS)) {
            p.destroyForcibly();
            throw new IOException("onrecord " + String.join(" ", args) + " did not finish in two hours");
        }
        if (p.exitValue() != 0) {
            throw new IOException("onrecord " + String.join(" ", args) + " exited " + p.exitValue() + ":\n" + tail(log));
        }
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /** Removes a store and its SQLite side files. */
    static void deleteStore(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) Files.deleteIfExists(Path.of(db + suffix));
    }

    /** Exports a store (JSON Lines) into {@code dir}; returns SQLite's integrity check ("ok" when sound). */
    static String export(Path db, Path dir) throws IOException {
        try (Store s = Store.open(db)) {
            Export.write(s, dir, Export.Format.JSONL);
            return s.integrityCheck();
        }
    }

    /** The export files that differ between two exports, each with the number of lines not in the other; empty when identical. */
    static List<String> differences(Path expected, Path actual) throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : List.of("documents", "statements", "people", "findings", "stories")) {
            Path a = expected.resolve(name + ".jsonl"), b = actual.resolve(name + ".jsonl");
            if (Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) continue;
            List<String> la = Files.readAllLines(a), lb = Files.readAllLines(b);
            java.util.Set<String> sb = new java.util.HashSet<>(lb);
            long missing = la.stream().filter(l -> !sb.contains(l)).count();
            out.add(name + " (" + missing + " of " + la.size() + " lines differ)");
        }
        return out;
    }
}

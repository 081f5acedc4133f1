package org.onrecord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.onrecord.ingest.InputFiles;

/**
 * {@code kill -9} during {@code analyze}, then a rerun: the rerun's export must equal an uninterrupted run's, and
 * SQLite must find the store sound. The first trial kills a run into a fresh store; the others kill a run over
 * the same inputs into the complete store, some while documents are being stored and the last ones inside the
 * cross-document stage, and also check that right after the kill the store still exports exactly what it did
 * before the killed run started (a killed run leaves nothing half-written that a reader could see).
 */
public final class KillTrials {
    /**
     * @param when            when the process was killed
     * @param integrity       SQLite's integrity check right after the kill
     * @param intactAfterKill the export right after the kill equals the uninterrupted run's (null for a fresh store)
     * @param differences     export files that differ after the rerun (empty: identical)
     */
    public record Trial(int number, String when, String integrity, Boolean intactAfterKill, List<String> differences) {
        public boolean passed() {
            return "ok".equals(integrity) && differences.isEmpty() && !Boolean.FALSE.equals(intactAfterKill);
        }
    }

    public record Result(int files, int documents, double documentsSeconds, double crossDocumentSeconds, List<Trial> trials) {
        public long passed() {
            return trials.stream().filter(Trial::passed).count();
        }
    }

    private final Child child;
    private final String corpus;
    private final Path out;
    private final Random random;
    private final Consumer<String> log;

    KillTrials(Child child, Path corpus, Path out, long seed, Consumer<String> log) {
        this.child = child;
        this.corpus = corpus.toString();
        this.out = out;
        this.random = new Random(seed);
        this.log = log;
    }

    Result run(int trials) throws IOException, InterruptedException {
        Files.createDirectories(out);
        int n = InputFiles.expand(List.of(corpus)).files().size();
        Path ref = out.resolve("reference.db");
        Child.deleteStore(ref);
        log.accept("kill trials: uninterrupted reference run over " + n + " files ...");
        long t0 = System.nanoTime();
        Process p = child.start(out.resolve("reference.log"), analyze(ref, true));
        // the documents are stored when the store's counter last moved (files with the same text are stored once)
        long stored = 0;
        double docsSeconds = 0;
        while (p.isAlive()) {
            long v = documentsVersion(ref);
            if (v != stored) {
                stored = v;
                docsSeconds = (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(50);
        }
        if (p.exitValue() != 0) throw new IOException("reference run failed:\n" + Child.tail(out.resolve("reference.log")));
        double crossSeconds = (System.nanoTime() - t0) / 1e9 - docsSeconds;
        Path refExport = out.resolve("reference");
        Child.export(ref, refExport);
        log.accept(String.format(Locale.ROOT, "reference: documents stored in %.1f s, cross-document stage %.1f s", docsSeconds, crossSeconds));

        Path db = out.resolve("trials.db");
        Child.deleteStore(db);
        List<Trial> done = new ArrayList<>();
        int insideCross = Math.max(1, (trials + 2) / 3); // the last third (at least one) inside the cross-document stage
        for (int i = 1; i <= trials; i++) {
            boolean fresh = i == 1, cross = i > trials - insideCross;
            long base = documentsVersion(db);
            long start = System.nanoTime();
            Process run = child.start(out.resolve("trial-" + i + ".log"), analyze(db, true));
            String when;
            if (cross) {
                double storedAfter = waitForDocuments(run, db, base + stored, start);
                double delay = random.nextDouble() * crossSeconds;
                Thread.sleep((long) (delay * 1000));
                when = String.format(Locale.ROOT, "inside the cross-document stage, %.1f s in (documents stored after %.1f s)", delay, storedAfter);
            } else {
                double at = (0.05 + 0.9 * random.nextDouble()) * docsSeconds;
                Thread.sleep((long) (at * 1000));
                when = String.format(Locale.ROOT, "while storing documents, %.1f s in (%d of %d stored)", at,
                        Math.max(0, documentsVersion(db) - base), stored);
            }
            if (!run.isAlive()) when += "; the run had already finished";
            run.destroyForcibly().waitFor(); // SIGKILL on Unix: no shutdown hooks, no cleanup
            Path afterKill = out.resolve("trial-" + i + "-killed");
            String integrity = Child.export(db, afterKill);
            Boolean intact = fresh ? null : Child.differences(refExport, afterKill).isEmpty();
            Path rerun = out.resolve("trial-" + i);
            child.run(out.resolve("trial-" + i + "-rerun.log"), analyze(db, false));
            Child.export(db, rerun);
            Trial t = new Trial(i, (fresh ? "fresh store, " : "complete store, ") + when, integrity, intact, Child.differences(refExport, rerun));
            log.accept("trial " + i + ": " + t.when() + " -> integrity " + integrity
                    + (intact == null ? "" : intact ? ", previous state intact" : ", previous state CHANGED")
                    + (t.differences().isEmpty() ? ", rerun identical" : ", rerun differs: " + t.differences()));
            done.add(t);
        }
        return new Result(n, (int) stored, docsSeconds, crossSeconds, done);
    }

    /**
     * The run killed analyses and stores every document again ({@code --again}), so that kills land while documents are
     * written; the rerun is a user's plain rerun, which keeps the documents stored unchanged.
     */
    private String[] analyze(Path db, boolean again) {
        return again ? new String[]{"analyze", corpus, "--store", db.toString(), "-q", "--again"}
                : new String[]{"analyze", corpus, "--store", db.toString(), "-q"};
    }

    /** Waits until the store's document counter reaches {@code target} (or the process ends); seconds since {@code t0}. */
    private static double waitForDocuments(Process p, Path db, long target, long t0) throws InterruptedException {
        while (p.isAlive() && documentsVersion(db) < target) Thread.sleep(50);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The store's count of documents stored so far (read without taking any lock); 0 before the store exists. */
    static long documentsVersion(Path db) {
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             ResultSet rs = c.createStatement().executeQuery("SELECT value FROM meta WHERE key = 'documents_version'")) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        } catch (SQLException | NumberFormatException e) {
            return 0; // the store is being created
        }
    }
}

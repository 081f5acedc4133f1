package org.onrecord.web;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Problem;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;

/**
 * Uploads analysed in the background, one at a time (each is a full {@code onrecord analyze} run, which takes every
 * core it is given), by exactly the path the command line takes: the manifest read as {@code --manifest} reads
 * it, then {@link Standard#pipeline} over the files into the store, on a connection of its own. The server's
 * views follow the store as they do after any analyze run. The last {@value #KEPT} uploads are remembered.
 */
final class Uploads implements AutoCloseable {
    static final int KEPT = 20;

    private final Path storePath;
    private final Runnable afterRun;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "onrecord-upload");
        t.setDaemon(true);
        return t;
    });
    private final SecureRandom random = new SecureRandom();
    private final Map<String, UploadJob> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, UploadJob> eldest) {
            return size() > KEPT;
        }
    };

    Uploads(Path storePath, Runnable afterRun) {
        this.storePath = storePath;
        this.afterRun = afterRun;
    }

    /** Queues the received files; the returned job tells how far they have got. The files are removed when it ends. */
    UploadJob submit(UploadRequest.Received received) {
        byte[] b = new byte[12];
        random.nextBytes(b);
        UploadJob job = new UploadJob(Base64.getUrlEncoder().withoutPadding().encodeToString(b), received.names());
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        try {
            runner.submit(() -> run(job, received));
        } catch (RuntimeException e) {
            UploadRequest.delete(received.dir());
            job.refuse("the server is stopping");
        }
        return job;
    }

    UploadStatus status(String id) {
        synchronized (jobs) {
            UploadJob job = jobs.get(id);
            return job == null ? null : job.status();
        }
    }

    /** The remembered uploads, the latest first. */
    List<UploadStatus> recent() {
        List<UploadStatus> out = new ArrayList<>();
        synchronized (jobs) {
            jobs.values().forEach(j -> out.add(0, j.status()));
        }
        return out;
    }

    private void run(UploadJob job, UploadRequest.Received received) {
        try {
            Manifest manifest = Manifest.EMPTY;
            if (received.manifest() != null) {
                try {
                    manifest = Manifest.read(received.manifest().file(), received.manifest().name());
                } catch (IOException e) {
                    // as analyze --manifest does: a file that is no manifest stops the run before anything is read
                    job.refuse("the manifest " + e.getMessage() + " (upload a JSON or CSV manifest, or none)");
                    return;
                }
                manifest.problems().forEach(job::problem);
                manifest.entriesNotAmong(received.names(), "the uploaded files").forEach(job::problem);
            }
            List<Pipeline.Input> inputs = received.files().stream().map(p -> new Pipeline.Input(p.file(), p.name())).toList();
            try (Store store = Store.open(storePath)) {
                job.done(Standard.pipeline(store, manifest).runFiles(inputs, job));
            }
        } catch (Throwable t) {
            job.problem(Problem.skipped(received.names().size() == 1 ? received.names().get(0) : "this upload", "store",
                    "the analysis stopped: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())));
            job.refuse("the analysis stopped (" + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())
                    + "); what was stored before it stays");
        } finally {
            UploadRequest.delete(received.dir());
            afterRun.run();
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
        try {
            runner.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.onrecord.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onrecord.model.Problem;
import org.onrecord.pipeline.Pipeline;

/**
 * One upload being analysed: the pipeline reports its progress here (on the pipeline's thread) while request
 * threads read {@link #status()}; every change and read holds the lock, so a status is never half-updated.
 */
final class UploadJob implements Pipeline.Progress {
    private final String id;
    private final Instant started = Instant.now();
    private final List<String> files;
    private final List<Problem> problems = new ArrayList<>();
    private UploadStatus.State state = UploadStatus.State.WAITING;
    private int read;
    private int analysed;
    private String current;
    private Pipeline.Summary summary;
    private String refusal;

    UploadJob(String id, List<String> files) {
        this.id = id;
        this.files = List.copyOf(files);
    }

    String id() {
        return id;
    }

    synchronized UploadStatus status() {
        return new UploadStatus(id, started, state, files, read, analysed, current, problems, summary, refusal);
    }

    @Override
    public synchronized void update(int done, int total, String now) {
        read = done;
        current = now;
        state = done >= total ? UploadStatus.State.ACROSS : UploadStatus.State.READING;
    }

    @Override
    public synchronized void problem(Problem p) {
        problems.add(p);
    }

    @Override
    public synchronized void analysed(String source, long cpuNanos) {
        analysed++;
    }

    synchronized void done(Pipeline.Summary s) {
        summary = s;
        current = null;
        state = UploadStatus.State.DONE;
    }

    synchronized void refuse(String why) {
        refusal = why;
        current = null;
        state = UploadStatus.State.REFUSED;
    }
}

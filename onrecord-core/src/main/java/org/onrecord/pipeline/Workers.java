package org.onrecord.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.onrecord.model.Document;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;

/**
 * Runs documents on up to {@code threads} workers at once and hands their outcomes back in the order the
 * documents came in (so what is stored, and the order problems are reported in, never depend on the number of
 * threads), on the caller's thread. At most {@link #WINDOW_PER_THREAD} documents per thread wait to be handed
 * back, which bounds the memory a slow document can make the others hold. A worker past its budget that does not
 * stop is given up ({@link DocumentTask#giveUpIfOverdue}) and its place taken by a new one.
 */
final class Workers {
    private static final int WINDOW_PER_THREAD = 4;
    private static final long POLL_MS = 100;

    /** A document in flight, or a problem waiting for the documents before it to be handed back. */
    private record Entry(DocumentTask task, Problem problem) {
    }

    private final Pipeline.DocumentAnalysis analysis;
    private final Pipeline.Options options;
    private final Consumer<DocumentTask.Outcome> commit;
    private final Consumer<Problem> report;
    private final Deque<Entry> pending = new ArrayDeque<>();
    private final BlockingQueue<DocumentTask> finished = new LinkedBlockingQueue<>();
    private int running;
    private int started;

    Workers(Pipeline.DocumentAnalysis analysis, Pipeline.Options options, Consumer<DocumentTask.Outcome> commit,
            Consumer<Problem> report) {
        this.analysis = analysis;
        this.options = options;
        this.commit = commit;
        this.report = report;
    }

    /**
     * Starts a document as soon as a worker is free (handing back what is done meanwhile); {@code before} is its stored
     * copy when the same analysis already analysed it, or null.
     */
    void submit(RawDocument raw, Document before) {
        while (running >= options.threads() || pending.size() >= options.threads() * WINDOW_PER_THREAD) {
            await();
        }
        DocumentTask task = new DocumentTask(raw, before, analysis, options.budget(), finished::add);
        pending.addLast(new Entry(task, null));
        running++;
        task.start(++started);
        handBack();
    }

    /** A problem found between documents (by ingest): reported after the documents before it. */
    void report(Problem p) {
        pending.addLast(new Entry(null, p));
        handBack();
    }

    /** Waits for every document and hands back the rest. */
    void finish() {
        while (!pending.isEmpty()) {
            await();
        }
    }

    private void await() {
        try {
            DocumentTask done = finished.poll(POLL_MS, TimeUnit.MILLISECONDS);
            if (done != null) running--;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for documents", e);
        }
        for (Entry e : pending) {
            if (e.task() != null && e.task().giveUpIfOverdue()) running--;
        }
        handBack();
    }

    private void handBack() {
        while (!pending.isEmpty()) {
            Entry head = pending.peekFirst();
            if (head.task() != null && head.task().outcome() == null) return;
            pending.removeFirst();
            if (head.task() != null) {
                commit.accept(head.task().outcome());
            } else {
                report.accept(head.problem());
            }
        }
    }
}

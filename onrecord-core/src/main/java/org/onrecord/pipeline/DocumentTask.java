package org.onrecord.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.onrecord.clean.Clean;
import org.onrecord.model.Deadline;
import org.onrecord.model.Document;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;

/**
 * One document's per-document stages (clean, then the analysis) on a worker thread of its own, within a
 * {@link Deadline}. Whatever the stages throw (an exception, a stack overflow, running out of memory, the budget)
 * becomes the outcome's problem; the document is kept without statements when it got past clean.
 *
 * <p>A worker that does not stop at its budget (stuck in code that never checks the deadline) is given up by the
 * pipeline ({@link #giveUpIfOverdue}): its outcome is settled as a timeout, its deadline cancelled so that its
 * next check ends it, and its thread left to end on its own (a daemon, so it cannot keep the JVM alive). Its
 * result, should it come, is dropped: only the pipeline's thread writes to the store.
 */
final class DocumentTask implements Runnable {
    /** Worker threads get a large stack: nested regular expressions over long inputs recurse deeply. */
    private static final long STACK_BYTES = 64L << 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * What one document came to: the cleaned document (null if clean failed), its analysis, a problem or null, the
     * CPU time its stages took (-1 when not measured: the worker was given up), and whether it was found unchanged
     * since the same analysis stored it (then nothing was analysed, and nothing needs storing).
     */
    record Outcome(RawDocument raw, Document doc, Pipeline.Analysed analysed, Problem problem, long cpuNanos, boolean unchanged) {
    }

    final RawDocument raw;
    private final Document before;
    private final Pipeline.DocumentAnalysis analysis;
    private final Duration budget;
    private final Consumer<DocumentTask> onFinish;
    private final AtomicReference<Outcome> outcome = new AtomicReference<>();
    private volatile Document cleaned;
    private volatile Deadline deadline;
    private Thread thread;
    private long startedAt;

    DocumentTask(RawDocument raw, Document before, Pipeline.DocumentAnalysis analysis, Duration budget, Consumer<DocumentTask> onFinish) {
        this.raw = raw;
        this.before = before;
        this.analysis = analysis;
        this.budget = budget;
        this.onFinish = onFinish;
    }

    void start(int number) {
        thread = new Thread(null, this, "onrecord-document-" + number, STACK_BYTES);
        thread.setDaemon(true);
        startedAt = System.nanoTime();
        thread.start();
    }

    /** The outcome, once the worker finished or was given up; null while it runs. */
    Outcome outcome() {
        return outcome.get();
    }

    @Override
    public void run() {
        Outcome result;
        long cpuStart = cpuTime();
        Deadline d = Deadline.open(budget);
        deadline = d;
        try {
            Deadline.stage("clean");
            Document doc = Clean.clean(raw);
            cleaned = doc;
            Deadline.check();
            boolean unchanged = doc.equals(before);
            result = new Outcome(raw, doc, unchanged ? Pipeline.Analysed.NOTHING : analysis.analyse(doc), null, cpuTime() - cpuStart, unchanged);
        } catch (Throwable t) {
            result = failed(t, d.stageName(), false, cpuTime() - cpuStart);
        } finally {
            d.close();
        }
        if (outcome.compareAndSet(null, result)) onFinish.accept(this);
    }

    /**
     * Gives the worker up when it ran well past its budget without stopping: half the budget again (and a
     * second) of its own CPU time, or ten times the budget (and a minute) of wall-clock time (for a thread that makes
     * no progress at all: a busy machine stretches wall-clock time several-fold), whichever comes first. Returns
     * true when this call settled the outcome.
     */
    boolean giveUpIfOverdue() {
        if (outcome.get() != null || thread == null) return false;
        long budgetNanos = budget.toNanos();
        long cpu = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(thread.getId()) : -1;
        boolean overdue = cpu > budgetNanos * 3 / 2 + 1_000_000_000L
                || System.nanoTime() - startedAt > budgetNanos * 10 + 60_000_000_000L;
        if (!overdue) return false;
        Deadline d = deadline;
        if (!outcome.compareAndSet(null, failed(null, d == null ? "start" : d.stageName(), true, -1))) return false;
        if (d != null) d.cancel();
        thread.interrupt();
        thread.setPriority(Thread.MIN_PRIORITY);
        return true;
    }

    private static long cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private Outcome failed(Throwable t, String stage, boolean givenUp, long cpuNanos) {
        Document doc = cleaned;
        Problem p = Problem.skipped(raw.source(), stage, Failures.describe(t, stage, budget, givenUp)
                + (doc != null ? "; stored without statements" : "; skipped"));
        return new Outcome(raw, doc, Pipeline.Analysed.NOTHING, p, cpuNanos, false);
    }
}

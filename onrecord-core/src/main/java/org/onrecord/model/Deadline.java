package org.onrecord.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The time budget of the document the current thread is working on, and the stage it is in. The pipeline opens
 * one per document ({@link #open}); the per-document stages check it cooperatively, because a thread stuck in a
 * regular expression or a tokenizer cannot be interrupted:
 *
 * <pre>{@code
 * for (Sentence s : sentences) {
 *     Deadline.check();                              // in every loop whose length grows with the input
 *     Matcher m = PATTERN.matcher(Deadline.guard(text)); // a regex over input-sized text checks as it matches
 *     ...
 * }
 * }</pre>
 *
 * <p>The budget is the thread's CPU time (so a busy machine does not cut documents short, and the same document
 * stops at the same point whatever else runs), falling back to wall-clock time where the JVM cannot measure
 * CPU time per thread. Outside a document (no budget open) every check passes: the stages work unchanged in
 * tests, benchmarks and cross-document code. A budget can also be cancelled from another thread: the pipeline
 * does this when a document's worker must give up, so its next check stops it.
 */
public final class Deadline implements AutoCloseable {
    /** Thrown by {@link #check()} when the document's budget is spent; the pipeline reports it and goes on. */
    public static final class Exceeded extends RuntimeException {
        private final String stage;
        private final Duration budget;

        Exceeded(String stage, Duration budget) {
            super("over the time budget of " + format(budget) + " in " + stage, null, false, false);
            this.stage = stage;
            this.budget = budget;
        }

        public String stage() {
            return stage;
        }

        public Duration budget() {
            return budget;
        }
    }

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Clock reads are rationed: one in this many checks reads the clock (a few hundred ns each). */
    private static final int CHECKS_PER_CLOCK_READ = 64;

    private final Duration budget;
    private final long budgetNanos;
    private final boolean cpu;
    private final long started;
    private volatile boolean cancelled;
    private volatile String stage = "start";
    private int untilClockRead;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.budgetNanos = budget.toNanos();
        this.cpu = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        this.started = now();
    }

    /** Opens a budget for the current thread's document; close it when the document is done. */
    public static Deadline open(Duration budget) {
        Deadline d = new Deadline(budget);
        CURRENT.set(d);
        return d;
    }

    /** Names the stage the current thread's document enters (for the problem line when it fails there). */
    public static void stage(String name) {
        Deadline d = CURRENT.get();
        if (d != null) d.stage = name;
    }

    /** The stage the current thread's document is in, or null outside a document. */
    public static String currentStage() {
        Deadline d = CURRENT.get();
        return d == null ? null : d.stage;
    }

    /** Throws {@link Exceeded} when the current thread's document is over its budget or was cancelled. */
    public static void check() {
        Deadline d = CURRENT.get();
        if (d != null) d.checkNow();
    }

    /**
     * A view of {@code text} that checks the current document's budget while a regular expression (or any other
     * reader) walks it: {@code PATTERN.matcher(Deadline.guard(text))} stops a catastrophic backtrack at the budget.
     * Outside a document it returns {@code text} itself.
     */
    public static CharSequence guard(CharSequence text) {
        Deadline d = CURRENT.get();
        return d == null ? text : new Guarded(text, d);
    }

    /** Makes the document's next check fail (from any thread): its worker is being given up. */
    public void cancel() {
        cancelled = true;
    }

    public String stageName() {
        return stage;
    }

    public Duration budget() {
        return budget;
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) CURRENT.remove();
    }

    private void checkNow() {
        if (cancelled) throw new Exceeded(stage, budget);
        if (--untilClockRead > 0) return;
        untilClockRead = CHECKS_PER_CLOCK_READ;
        if (now() - started > budgetNanos) {
            cancelled = true;
            throw new Exceeded(stage, budget);
        }
    }

    private long now() {
        return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** A budget for readers: "10 s", "2.5 s". */
    public static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** A CharSequence that checks the budget every few thousand characters read. */
    private static final class Guarded implements CharSequence {
        private final CharSequence text;
        private final Deadline deadline;
        private int reads;

        Guarded(CharSequence text, Deadline deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) deadline.checkNow();
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Guarded(text.subSequence(start, end), deadline);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}

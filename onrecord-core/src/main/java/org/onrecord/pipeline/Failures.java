package org.onrecord.pipeline;

import java.time.Duration;
import org.onrecord.model.Deadline;

/** Sentences a user can act on for what went wrong with one document, naming the stage it happened in. */
final class Failures {
    private Failures() {
    }

    /**
     * @param t       what the stage threw (null when the worker was given up)
     * @param stage   the stage the document was in
     * @param givenUp the worker did not stop at its budget and was left behind
     */
    static String describe(Throwable t, String stage, Duration budget, boolean givenUp) {
        String what;
        if (givenUp) {
            what = "did not stop at its time budget of " + Deadline.format(budget) + " (in " + stage + ") and was given up";
        } else if (t instanceof Deadline.Exceeded) {
            what = "took longer than its time budget of " + Deadline.format(budget) + " (in " + stage + ")";
        } else if (t instanceof StackOverflowError) {
            what = "stack overflow in " + stage;
        } else if (t instanceof OutOfMemoryError) {
            what = "out of memory in " + stage;
        } else {
            String m = t.getMessage();
            what = stage + " failed: " + t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + firstLine(m));
        }
        return what;
    }

    private static String firstLine(String m) {
        String line = m.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

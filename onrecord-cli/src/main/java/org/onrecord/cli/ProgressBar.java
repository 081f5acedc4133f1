package org.onrecord.cli;

import java.io.PrintWriter;
import org.onrecord.pipeline.Pipeline;

/** A one-line progress bar on a terminal; silent when output is not a terminal (logs, CI, pipes). */
final class ProgressBar implements Pipeline.Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static boolean onTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void update(int done, int total, String current) {
        if (!enabled || total < 2) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        double secs = (now - started) / 1e9;
        String eta = done == 0 ? "" : String.format(" eta %.0fs", secs / done * (total - done));
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        err.printf("\r[%s%s] %d/%d%s %-40s", "#".repeat(filled), " ".repeat(width - filled), done, total, eta, name);
        if (done == total) {
            err.print("\r" + " ".repeat(100) + "\r");
        }
        err.flush();
    }
}

package org.onrecord.cli;

import java.io.PrintWriter;
import org.onrecord.model.Problem;
import org.onrecord.pipeline.Pipeline;

/**
 * A one-line progress bar on a terminal (silent when output is not a terminal: logs, CI, pipes), with each
 * problem printed on its own line above the bar as soon as the run finds it, so a long run never hides what
 * went wrong until its end.
 */
final class ProgressBar implements Pipeline.Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final boolean quiet;
    private final long started = System.nanoTime();
    private long lastDraw;
    private String bar = "";

    /**
     * @param enabled draw the bar
     * @param quiet   print errors only, no warnings
     */
    ProgressBar(PrintWriter err, boolean enabled, boolean quiet) {
        this.err = err;
        this.enabled = enabled;
        this.quiet = quiet;
    }

    static boolean onTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public synchronized void update(int done, int total, String current) {
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
        bar = String.format("[%s%s] %d/%d%s %-40s", "#".repeat(filled), " ".repeat(width - filled), done, total, eta, name);
        err.print("\r" + bar);
        if (done == total) {
            err.print("\r" + " ".repeat(bar.length()) + "\r");
            bar = "";
        }
        err.flush();
    }

    @Override
    public synchronized void problem(Problem p) {
        if (quiet && !p.fatal()) {
            return;
        }
        if (enabled && !bar.isEmpty()) {
            err.print("\r" + " ".repeat(bar.length()) + "\r");
        }
        err.println(p.line());
        if (enabled && !bar.isEmpty()) {
            err.print(bar);
        }
        err.flush();
    }
}

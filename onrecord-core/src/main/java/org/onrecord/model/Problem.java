package org.onrecord.model;

/**
 * Bad input reported as a value: which input, which stage, and what is wrong with it.
 *
 * @param source  the input as given (a path, or {@code path#targetURI} for a WARC record)
 * @param stage   the pipeline stage that found the problem ("ingest", "clean", ...)
 * @param message a sentence a user can act on ("truncated gzip stream", "binary file (PNG image)")
 * @param fatal   true when the input was skipped; false for a warning on an input that was still read
 */
public record Problem(String source, String stage, String message, boolean fatal) {
    public static Problem skipped(String source, String stage, String message) {
        return new Problem(source, stage, message, true);
    }

    public static Problem warning(String source, String stage, String message) {
        return new Problem(source, stage, message, false);
    }

    /** One line for a terminal or a log: {@code error: FILE: reason}. */
    public String line() {
        return (fatal ? "error: " : "warning: ") + source + ": " + message;
    }
}

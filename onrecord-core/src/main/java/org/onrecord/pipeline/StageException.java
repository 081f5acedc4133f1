package org.onrecord.pipeline;

/** A cross-document stage failed: names the stage ("resolve", "analyse", "stories", "store") for the problem line. */
public final class StageException extends RuntimeException {
    private final String stage;

    public StageException(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}

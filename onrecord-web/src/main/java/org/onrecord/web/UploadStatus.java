package org.onrecord.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.onrecord.model.Problem;
import org.onrecord.pipeline.Pipeline;

/**
 * Where one upload stands, as the status page and {@code /api/uploads/{id}} show it: a value read from its
 * {@link UploadJob} at one moment (the job goes on changing; this does not).
 *
 * @param files    the uploaded articles by the names they were uploaded as (the manifest is not among them)
 * @param read     how many of them ingest has read so far
 * @param analysed documents whose per-document stages are done (a WARC holds several)
 * @param current  the file being read, or null
 * @param summary  the pipeline's summary once done, else null
 * @param refusal  why nothing was analysed (a manifest that is no manifest, a failure), else null
 */
public record UploadStatus(String id, Instant started, State state, List<String> files, int read, int analysed, String current,
                           List<Problem> problems, Pipeline.Summary summary, String refusal) {
    public enum State { WAITING, READING, ACROSS, DONE, REFUSED }

    public UploadStatus {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public int total() {
        return files.size();
    }

    public boolean finished() {
        return state == State.DONE || state == State.REFUSED;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::fatal).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.fatal()).toList();
    }

    /** One sentence for the page (and read out by screen readers as it changes). */
    public String progress() {
        return switch (state) {
            case WAITING -> "Waiting: another upload is being analysed first.";
            case READING -> String.format(Locale.ROOT, "Read %d of %d file(s); %d document(s) analysed%s.", read, total(), analysed,
                    current == null || current.isEmpty() ? "" : "; now reading " + current);
            case ACROSS -> String.format(Locale.ROOT, "All %d file(s) read, %d document(s) analysed; now finding people, contradictions "
                    + "and stories across the whole store.", total(), analysed);
            case DONE -> String.format(Locale.ROOT, "Done: %d file(s): %d document(s) (%d new), %d statement(s); %d error(s), %d warning(s).",
                    summary.files(), summary.documents(), summary.newDocuments(), summary.statements(), errors().size(), warnings().size());
            case REFUSED -> "Nothing was analysed: " + refusal;
        };
    }

    /** A short word for lists of uploads. */
    public String stateWord() {
        return switch (state) {
            case WAITING -> "waiting";
            case READING, ACROSS -> "analysing";
            case DONE -> errors().isEmpty() ? "done" : "done, " + errors().size() + " error(s)";
            case REFUSED -> "refused";
        };
    }
}

package org.onrecord.testing;

import java.util.ArrayList;
import java.util.List;
import org.onrecord.ingest.Ingest;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;

/** Collects what ingest reports: its documents and its problems. */
public final class Collected implements Ingest.Sink {
    public final List<RawDocument> docs = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();

    @Override
    public void document(RawDocument doc) {
        docs.add(doc);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    /** The problems as the command line prints them, one a line. */
    public String messages() {
        return problems.stream().map(Problem::line).reduce("", (a, b) -> a + b + "\n");
    }
}

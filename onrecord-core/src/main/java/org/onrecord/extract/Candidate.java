package org.onrecord.extract;

import org.onrecord.model.Statement;
import org.onrecord.model.Statement.Span;

/**
 * A statement found but not yet attributed to a person: its words, the sentences around them, and the cue and
 * source spans of the relation it came from (null for a quotation no relation covers).
 */
record Candidate(Statement.Kind kind, int start, int end, int frameStart, int frameEnd, Span cue, Span source,
                 int paragraph, boolean quotation) {
    Candidate withAttribution(Span newCue, Span newSource) {
        return new Candidate(kind, start, end, frameStart, frameEnd, newCue, newSource, paragraph, quotation);
    }
}

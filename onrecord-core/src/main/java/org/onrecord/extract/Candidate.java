package org.onrecord.extract;

import org.onrecord.model.Statement;

/** A statement found but not yet attributed: its words, its cue and the words naming its speaker. */
record Candidate(Statement.Kind kind, int start, int end, int frameStart, int frameEnd, Cues.Cue cue, Mention mention,
                 int paragraph, boolean quotation) {
}

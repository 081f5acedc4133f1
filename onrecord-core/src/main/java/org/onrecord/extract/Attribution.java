package org.onrecord.extract;

import java.util.List;
import org.onrecord.model.Statement.Span;

/**
 * One attribution relation as the tagger found it: who (source, or null when the text names nobody), the
 * reporting cue, and what was attributed (content, one or more stretches: a quotation interrupted by its cue is
 * two). Body offsets, end exclusive.
 */
public record Attribution(Span source, Span cue, List<Span> content) {
    public Attribution {
        content = List.copyOf(content);
    }

    public int contentStart() {
        return content.get(0).start();
    }

    public int contentEnd() {
        return content.get(content.size() - 1).end();
    }
}

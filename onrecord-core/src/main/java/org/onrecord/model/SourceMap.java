package org.onrecord.model;

import java.util.List;

/**
 * Where each stretch of a cleaned body came from in the decoded source text, so that statement
 * offsets of plain-text inputs can point into the source as EXPORT.md asks.
 */
public record SourceMap(List<Segment> segments) {
    /** {@code length} characters at {@code bodyStart} in the body are those at {@code sourceStart} in the source. */
    public record Segment(int bodyStart, int sourceStart, int length) {
    }

    public SourceMap {
        segments = List.copyOf(segments);
    }

    public static final SourceMap NONE = new SourceMap(List.of());

    /**
     * The source offset of a body offset. An offset just past the end of a segment maps to just past the
     * end of that segment's source stretch (end offsets are exclusive).
     *
     * @return the source offset, or -1 when this map has no segment for it
     */
    public int toSource(int bodyOffset) {
        for (Segment s : segments) {
            if (bodyOffset >= s.bodyStart && bodyOffset <= s.bodyStart + s.length) {
                return s.sourceStart + (bodyOffset - s.bodyStart);
            }
        }
        return -1;
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }
}

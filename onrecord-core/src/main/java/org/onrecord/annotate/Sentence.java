package org.onrecord.annotate;

/** A sentence of a document body: offsets into the body, end exclusive, and its paragraph number. */
public record Sentence(int index, int start, int end, int paragraph) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}

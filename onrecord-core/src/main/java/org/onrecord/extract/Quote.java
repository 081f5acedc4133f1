package org.onrecord.extract;

/**
 * A quotation in a text: {@code start}/{@code end} bound the quoted words (marks excluded);
 * {@code open}/{@code close} are the positions of the marks ({@code close} = end of paragraph for a
 * paragraph the British style leaves open).
 */
record Quote(int open, int start, int end, int close, boolean closed) {
    String text(String s) {
        return s.substring(start, end);
    }

    /** Just past the closing mark, which is two characters for a '' or ’’ closer. */
    int closeEnd(String s) {
        if (!closed) return close;
        char c = s.charAt(close);
        return (c == '\'' || c == '’') && close + 1 < s.length() && s.charAt(close + 1) == c ? close + 2 : close + 1;
    }
}

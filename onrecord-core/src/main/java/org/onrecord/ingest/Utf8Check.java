package org.onrecord.ingest;

/**
 * How much of a byte sequence is well-formed UTF-8 (Unicode's table 3-7): the multi-byte sequences that
 * are valid and the bytes that start no valid sequence. Text in a single-byte charset almost never holds
 * a valid multi-byte UTF-8 sequence (it would take "Ã©"-like pairs), so a file with many of them and a few
 * broken bytes is UTF-8 with damage, not windows-1252.
 *
 * @param valid   well-formed sequences of two to four bytes
 * @param invalid bytes that begin no well-formed sequence
 */
record Utf8Check(int valid, int invalid) {
    static Utf8Check of(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i);
            if (len == 0) {
                invalid++;
                i++;
            } else {
                valid++;
                i += len;
            }
        }
        return new Utf8Check(valid, invalid);
    }

    /** UTF-8 with a few broken sequences: at least two valid multi-byte sequences for each broken byte. */
    boolean mostlyUtf8() {
        return valid > 0 && valid >= 2L * invalid;
    }

    /** The length of the well-formed sequence starting at {@code i}, or 0 when none starts there. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xff;
        int len;
        int lo = 0x80;
        int hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            len = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            if (c == 0xe0) lo = 0xa0;
            if (c == 0xed) hi = 0x9f; // no surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            if (c == 0xf0) lo = 0x90;
            if (c == 0xf4) hi = 0x8f;
        } else {
            return 0;
        }
        if (i + len > b.length) return 0;
        int second = b[i + 1] & 0xff;
        if (second < lo || second > hi) return 0;
        for (int k = 2; k < len; k++) {
            int t = b[i + k] & 0xff;
            if (t < 0x80 || t > 0xbf) return 0;
        }
        return len;
    }
}

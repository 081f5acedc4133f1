package org.onrecord.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a body into the stretches the tokenizer is given one at a time, so that its cost stays linear in the
 * input. CoreNLP's tokenizer is quadratic in the length of a run without white space (20,000 {@code &} took
 * 80 s; 2,000 take 0.8 s) and holds every token of its input at once (2 MB of text took 2 GB). A window ends:
 * <ol>
 *   <li>at a paragraph break (a blank line), where a sentence ends anyway
 *       ({@code ssplit.newlineIsSentenceBreak=two}), so windows of whole paragraphs change no sentence;</li>
 *   <li>in a paragraph longer than {@link #MAX_CHARS}, after the last sentence-final mark followed by white space
 *       before the limit, else at the last white space, else at the limit;</li>
 *   <li>around a run of more than {@link #MAX_RUN} characters without white space (no word or address is that
 *       long), which is cut into pieces of that length.</li>
 * </ol>
 * Consecutive short paragraphs share a window up to {@link #MAX_CHARS}, to keep the tokenizer's calls few.
 */
final class Windows {
    /** The longest window given to the tokenizer. */
    static final int MAX_CHARS = 4000;
    /** The longest run without white space given to the tokenizer in one piece. */
    static final int MAX_RUN = 256;

    private Windows() {
    }

    /** Window bounds {start, end} covering {@code text} in order, none longer than {@link #MAX_CHARS}. */
    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = end(text, start);
            out.add(new int[]{start, end});
            start = end;
        }
        return out;
    }

    private static int end(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_CHARS);
        int run = longRun(text, start, limit);
        if (run == start) return Math.min(limit, runEnd(text, start, start + MAX_RUN));
        if (run >= 0) limit = run;
        if (limit == text.length()) return limit;
        int cut = lastParagraphBreak(text, start, limit);
        if (cut > start) return cut;
        if (run >= 0) return run;
        cut = lastSentenceEnd(text, start, limit);
        if (cut > start) return cut;
        cut = lastWhiteSpace(text, start, limit);
        return cut > start ? cut : limit;
    }

    /** Where the first run of more than MAX_RUN non-white characters starts in [from, limit), or -1. */
    private static int longRun(String text, int from, int limit) {
        int runStart = from;
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                runStart = i + 1;
            } else if (i - runStart >= MAX_RUN) {
                return runStart;
            }
        }
        return -1;
    }

    /** The end of a long run's first piece: the run's end if it comes before {@code max}, else {@code max}. */
    private static int runEnd(String text, int from, int max) {
        int i = from;
        while (i < text.length() && i < max && !Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** The position just after the last blank line in (start, limit], or -1. */
    private static int lastParagraphBreak(String text, int start, int limit) {
        for (int i = limit - 1; i > start; i--) {
            if (text.charAt(i) == '\n') {
                int j = i - 1;
                while (j > start && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) j--;
                if (j > start && text.charAt(j) == '\n') return i + 1;
            }
        }
        return -1;
    }

    private static int lastSentenceEnd(String text, int start, int limit) {
        for (int i = limit - 1; i > start + 1; i--) {
            if (!Character.isWhitespace(text.charAt(i))) continue;
            int j = i - 1;
            while (j > start && "\"”’')]".indexOf(text.charAt(j)) >= 0) j--;
            char c = text.charAt(j);
            if (c == '.' || c == '!' || c == '?') return i + 1;
        }
        return -1;
    }

    private static int lastWhiteSpace(String text, int start, int limit) {
        for (int i = limit - 1; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i + 1;
        }
        return -1;
    }
}

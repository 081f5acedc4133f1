package org.onrecord.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: curly and straight double quotes, {@code ’’} and {@code ''} closers, nested single
 * quotes (kept inside the outer quotation), curly single quotes of two words or more (the British house style),
 * and the British multi-paragraph style in which a paragraph opens a quotation and the next paragraph, opening
 * with a mark again, continues it. Straight single quotes open a quotation only where {@code singles} is set
 * (headlines), and never inside a word ("won't").
 */
final class Quotes {
    private Quotes() {
    }

    static List<Quote> find(String text, boolean singles) {
        List<Quote> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int para = text.indexOf('\n', i);
            int paraEnd = para < 0 ? n : para;
            findInParagraph(text, i, paraEnd, singles, out);
            i = paraEnd + 1;
        }
        return out;
    }

    private static void findInParagraph(String t, int from, int to, boolean singles, List<Quote> out) {
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            // '' (two apostrophes) opens a quotation in some papers' house style, as it closes one
            boolean doubled = (c == '\'' || c == '‘') && i + 1 < to && t.charAt(i + 1) == c && opensHere(t, i, from)
                    && i + 2 < to && !Character.isWhitespace(t.charAt(i + 2));
            boolean doubleOpen = c == '“' || c == '„' || (c == '"' && opensHere(t, i, from)) || (c == '«') || doubled;
            boolean singleOpen = (c == '‘' || singles && c == '\'') && opensHere(t, i, from) && i + 1 < to && Character.isLetter(t.charAt(i + 1));
            if (!doubleOpen && !singleOpen) {
                i++;
                continue;
            }
            int first = doubled ? i + 2 : i + 1;
            int close = doubleOpen ? findDoubleClose(t, first, to) : findSingleClose(t, i + 1, to);
            // in article text a curly single quotation (the British house style) holds at least two words: '‘hero’' is a
            // scare quote, not a quotation
            if (!doubleOpen && !singles && close > 0 && words(t, first, close) < 2) close = -1;
            if (close < 0) {
                if (!doubleOpen) {
                    i++;
                    continue;
                }
                // British style: the quotation runs to the end of the paragraph.
                int end = to;
                while (end > first && Character.isWhitespace(t.charAt(end - 1))) end--;
                if (end > first) out.add(new Quote(i, first, end, to, false));
                return;
            }
            int end = close;
            if (end > first && !t.substring(first, end).isBlank()) {
                out.add(new Quote(i, first, end, close, true));
            }
            i = close + closerLength(t, close);
        }
    }

    private static int words(String t, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(t.charAt(i));
            if (letter && !in) n++;
            in = letter || t.charAt(i) == '’' || t.charAt(i) == '\'';
        }
        return n;
    }

    private static boolean opensHere(String t, int i, int paraStart) {
        if (i == paraStart) return true;
        char p = t.charAt(i - 1);
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':' || p == '\u00a0';
    }

    private static int findDoubleClose(String t, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = t.charAt(j);
            if (c == '”' || c == '»' || c == '"') return j;
            if ((c == '’' || c == '\'') && j + 1 < to && t.charAt(j + 1) == c) return j;
            if (c == '“' && j > from) {
                // a mistyped closer ("unusual,“ said") sits after a word or punctuation and before a space;
                // otherwise a new opening before any close means this one was left open
                boolean closerShape = !Character.isWhitespace(t.charAt(j - 1)) && (j + 1 == to || Character.isWhitespace(t.charAt(j + 1)));
                return closerShape ? j : -1;
            }
        }
        return -1;
    }

    private static int findSingleClose(String t, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = t.charAt(j);
            if ((c == '’' || c == '\'') && (j + 1 == to || !Character.isLetterOrDigit(t.charAt(j + 1)))
                    && j > from && !Character.isWhitespace(t.charAt(j - 1))) {
                return j;
            }
        }
        return -1;
    }

    private static int closerLength(String t, int close) {
        char c = t.charAt(close);
        return (c == '’' || c == '\'') && close + 1 < t.length() && t.charAt(close + 1) == c ? 2 : 1;
    }
}

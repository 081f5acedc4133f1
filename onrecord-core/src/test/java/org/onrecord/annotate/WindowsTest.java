package org.onrecord.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsTest {
    /** Windows cover the text in order without gaps, each within the limits. */
    private static void assertWellFormed(String text, List<int[]> windows) {
        int at = 0;
        for (int[] w : windows) {
            assertEquals(at, w[0], "no gap before a window");
            assertTrue(w[1] > w[0], "a window is not empty");
            assertTrue(w[1] - w[0] <= Windows.MAX_CHARS, "a window is at most MAX_CHARS");
            String s = text.substring(w[0], w[1]);
            int run = 0;
            for (char c : s.toCharArray()) {
                run = Character.isWhitespace(c) ? 0 : run + 1;
                assertTrue(run <= Windows.MAX_RUN, "no run without white space longer than MAX_RUN");
            }
            at = w[1];
        }
        assertEquals(text.length(), at, "the windows reach the end");
    }

    @Test
    void aShortTextIsOneWindow() {
        String text = "The fictional mayor said the bridge would reopen.\n\nShe added that repairs were done.";
        assertEquals(1, Windows.of(text).size());
        assertWellFormed(text, Windows.of(text));
    }

    @Test
    void longTextsAreCutAtParagraphBreaks() {
        String para = "The fictional council met on Monday, and its chair said the budget would pass. ".repeat(12).strip();
        String text = (para + "\n\n").repeat(20);
        List<int[]> windows = Windows.of(text);
        assertWellFormed(text, windows);
        assertTrue(windows.size() > 1);
        for (int[] w : windows) {
            assertTrue(w[1] == text.length() || text.startsWith("\n\n", w[1] - 2), "cut just after a blank line");
        }
    }

    @Test
    void aLongParagraphIsCutAfterASentenceAndHostileRunsIntoShortPieces() {
        String sentence = "The fictional minister said that the harbour was not for sale. ";
        String paragraph = sentence.repeat(200);
        List<int[]> windows = Windows.of(paragraph);
        assertWellFormed(paragraph, windows);
        for (int i = 0; i < windows.size() - 1; i++) {
            assertTrue(paragraph.startsWith("sale. ", windows.get(i)[1] - 6), "cut after a full stop");
        }
        for (String hostile : List.of("&".repeat(20_000), "\"".repeat(16_000), "word ".repeat(400_000), "said that \"".repeat(20_000))) {
            assertWellFormed(hostile, Windows.of(hostile));
        }
    }
}

package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An uploaded file's name is a string to show and to match a manifest entry by, never a path. */
class UploadNamesTest {
    @Test
    void onlyTheLastPartWithoutControlOrFormattingCharacters() {
        assertEquals("passwd", UploadNames.clean("../../etc/passwd", 0));
        assertEquals("a.html", UploadNames.clean("C:\\Users\\x\\a.html", 0));
        assertEquals("evil.txt", UploadNames.clean("evil\r\n\u0000.txt", 0));
        // a right-to-left override would show "evil\u202Elmth.exe" as "evilexe.html"
        assertEquals("evillmth.exe", UploadNames.clean("evil\u202Elmth.exe", 0));
        assertEquals("file 3", UploadNames.clean("..", 2));
        assertEquals("file 1", UploadNames.clean(null, 0));
        assertEquals("file 2", UploadNames.clean("dir/", 1));
    }

    @Test
    void aLongNameKeepsItsEndingAndARepeatedNameIsNumbered() {
        String cut = UploadNames.clean("a".repeat(500) + ".warc.gz", 0);
        assertTrue(cut.length() <= 120 && cut.endsWith(".warc.gz") && cut.contains("…"), cut);
        Set<String> taken = new HashSet<>();
        assertEquals("a.txt", UploadNames.unique("a.txt", taken));
        assertEquals("(2) a.txt", UploadNames.unique("a.txt", taken));
        assertEquals("(3) a.txt", UploadNames.unique("a.txt", taken));
    }
}

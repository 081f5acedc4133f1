package org.onrecord.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Denials that point back at a claim named elsewhere, on sentences written for this test (fictional). */
class DenialsTest {
    private static String back(String sentence) {
        return Denials.refersBack(ClaimReaderTest.read(sentence));
    }

    @Test
    void denialsOfSomethingNamedBefore() {
        assertEquals("did", back("The minister emphatically denied the allegations on Monday."));
        assertEquals("did", back("That is not true."));
        assertEquals("did", back("It was a total fabrication."));
        assertEquals("said", back("He denies that he ever said any of that."));
    }

    @Test
    void denialsWithTheirOwnContentAreNot() {
        assertNull(back("The minister denied that Valdoria had shipped shells to Kestria."));
        assertNull(back("The port is open."));
    }
}

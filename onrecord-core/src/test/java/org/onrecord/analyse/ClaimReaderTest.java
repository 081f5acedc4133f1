package org.onrecord.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims read off CoreNLP's dependency parse of sentences written for this test (fictional). */
class ClaimReaderTest {
    static List<Claim> read(String sentence) {
        return ClaimReader.read(Parser.parse(sentence));
    }

    private static Claim find(List<Claim> claims, String predicate) {
        return claims.stream().filter(c -> c.predicate().equals(predicate)).findFirst().orElseThrow(() -> new AssertionError(predicate + " in " + claims));
    }

    @Test
    void conjoinedNegatedVerbsShareTheirObjectAndKeepTheirTense() {
        List<Claim> c = read("We have not sold and will not sell any ammunition to Kestria.");
        assertTrue(c.size() >= 2, c.toString());
        for (Claim x : c) {
            assertEquals("we", x.subject());
            assertEquals("sell", x.predicate());
            assertEquals("ammunition", x.object());
            assertTrue(x.negated());
        }
        assertEquals("past", c.get(0).tense());
        assertEquals("future", c.get(c.size() - 1).tense());
    }

    @Test
    void countriesAndCapitalsAreKeys() {
        Claim c = find(read("Tehran sold rifles to Chile in 2023."), "sell");
        assertEquals("country:IR", c.subject());
        assertEquals("rifle", c.object());
        assertTrue(c.participants().contains("country:CL"), c.toString());
        assertEquals(List.of("2023"), c.times());
        assertFalse(c.negated());
    }

    @Test
    void aDenyingVerbTurnsWhatItDenies() {
        Claim c = find(read("The ministry denied that Valdoria had shipped shells to Kestria."), "ship");
        assertTrue(c.negated());
        assertEquals("did", c.denial());
    }

    @Test
    void deniedSayingIsADenialOfHavingSaid() {
        Claim c = find(read("He denied that he had said the harbour was closed."), "close");
        assertEquals("said", c.denial());
        assertFalse(c.negated());
    }

    @Test
    void aConditionVoidsTheClaimAndAModalIsKept() {
        Claim c = find(read("If the report is true, Valdoria would sell rifles to Kestria."), "sell");
        assertTrue(c.conditional());
        assertEquals("would", c.modality());
    }

    @Test
    void timeScopesRelativeToEvents() {
        assertTrue(find(read("Valdoria has sold no weapons to Kestria since the embargo."), "sell").scopes().contains("after embargo"));
        assertTrue(find(read("We delivered shells to Kestria before the embargo."), "deliver").scopes().contains("before embargo"));
        Claim use = find(read("We gave Kestria no drones for use in the war."), "give");
        assertTrue(use.scopes().contains("during war"), use.toString());
    }

    @Test
    void aThingGivenWithIsTheObject() {
        Claim c = find(read("Valdoria provided Kestria with artillery shells."), "provide");
        assertEquals("shell", c.object());
    }

    @Test
    void whatSomeoneIsPressedToStopIsPresupposed() {
        Claim c = find(read("Ministers are pressing Valdoria to stop selling armed drones to Kestria."), "sell");
        assertFalse(c.negated());
        assertEquals("valdoria", c.subject());
    }

    @Test
    void aReportedClauseNamesItsSource() {
        Claim c = find(read("Officials in Kestria say that Valdoria sold rifles."), "sell");
        assertEquals("Officials in Kestria", c.attributedTo());
        assertNull(find(read("We sold rifles."), "sell").attributedTo());
    }
}

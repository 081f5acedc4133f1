package org.onrecord.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Claims of sentences written for this test (fictional), compared: opposed, narrowed, or neither. */
class CompareTest {
    /** Same subject when the keys are equal; no embeddings: WordNet alone decides what is alike. */
    private static final Compare.Judge WORDNET_ONLY = new Compare.Judge() {
        @Override
        public boolean sameSubject(Claim a, Claim b) {
            return a.subject().equals(b.subject()) && !a.subject().equals("someone");
        }

        @Override
        public boolean similarObjects(String x, String y) {
            return false;
        }

        @Override
        public boolean similarPredications(Claim a, Claim b) {
            return false;
        }
    };

    private static Compare.Verdict compare(String a, String b) {
        return Compare.compare(ClaimReaderTest.read(a), ClaimReaderTest.read(b), WORDNET_ONLY, true);
    }

    @Test
    void aDenialAndAnAdmissionOfOneActOppose() {
        Compare.Verdict v = compare("We have never sold ammunition to Kestria.", "We sold artillery shells to Kestria.");
        assertEquals(Compare.Kind.OPPOSED, v.kind());
        assertTrue(v.why().contains("asserted on one side and denied on the other"), v.why());
    }

    @Test
    void wordNetAntonymsOppose() {
        Compare.Verdict v = compare("Valdoria increased its tariffs on grain.", "Valdoria decreased its tariffs on grain.");
        assertEquals(Compare.Kind.OPPOSED, v.kind());
        assertTrue(v.why().contains("antonyms"), v.why());
    }

    @Test
    void differentNumbersOfOneThingOppose() {
        Compare.Verdict v = compare("Valdoria sold 30 rifles to Kestria.", "Valdoria sold 300 rifles to Kestria.");
        assertEquals(Compare.Kind.OPPOSED, v.kind());
        assertTrue(v.why().contains("quantities"), v.why());
    }

    @Test
    void beforeAndSinceAnEventDoNotOppose() {
        assertNull(compare("Valdoria has sold no weapons to Kestria since the embargo.", "Valdoria sold shells to Kestria before the embargo."));
    }

    @Test
    void aConditionalIsNoAssertion() {
        assertNull(compare("If Kestria asks, Valdoria will sell rifles to Kestria.", "Valdoria will not sell rifles to Kestria."));
    }

    @Test
    void otherSubjectsDoNotOppose() {
        assertNull(compare("Valdoria sold rifles to Kestria.", "Orsk did not sell rifles to Kestria."));
    }

    @Test
    void aLaterNarrowerDenialIsAShift() {
        Compare.Verdict v = compare("Valdoria has not sold weapons to Kestria.", "Valdoria has not sold weapons to Kestria since the embargo.");
        assertEquals(Compare.Kind.NARROWED, v.kind());
    }
}

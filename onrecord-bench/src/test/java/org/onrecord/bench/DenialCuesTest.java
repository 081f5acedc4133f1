package org.onrecord.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reporting cues of our own, as an article would give them. */
class DenialCuesTest {
    private static final DenialCues CUES = new DenialCues();

    @Test
    void cuesThatDenyWhatTheyReport() {
        for (String cue : new String[]{"denied", "flatly denies", "has rejected", "dismissed", "refuted", "rebutted"}) {
            assertTrue(CUES.denies(cue), cue);
        }
    }

    @Test
    void cuesThatAssertOrConcedeWhatTheyReport() {
        for (String cue : new String[]{"said", "told reporters", "confirmed", "admitted", "insisted", "argued", "warned", "according to", "wrote", null}) {
            assertFalse(CUES.denies(cue), String.valueOf(cue));
        }
    }
}

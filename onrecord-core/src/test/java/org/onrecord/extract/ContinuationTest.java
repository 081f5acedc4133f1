package org.onrecord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.onrecord.testing.Docs.starting;
import static org.onrecord.testing.Docs.statements;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Statement;

/** Quotations without a cue that go on with the previous speaker's words (decision 0022), on FICTIONAL articles. */
class ContinuationTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 7);

    @Test
    void aQuotationOpeningTheNextParagraphContinuesTheSpeaker() {
        List<Statement> s = statements("Nora Quell, who chairs the harbour board of Port Emmet, spoke on Monday.\n\n"
                + "“We cannot wait any longer,” said Quell. “The boats are rotting.”\n\n"
                + "“Every week costs the town money.” The board will meet again in June, she added later.\n", DAY);
        // the inverted cue's unfamiliar surname is the speaker (the tagger leaves it out), and the quotation after it
        // in the same paragraph is hers too
        assertEquals("Nora Quell", starting(s, "We cannot wait").speaker());
        assertEquals("Nora Quell", starting(s, "The boats are rotting").speaker());
        // prose follows the quotation in its paragraph, and no cue claims it: the same speaker goes on
        assertEquals("Nora Quell", starting(s, "Every week costs").speaker());
    }

    @Test
    void aNewSpeakersCueIsNotAContinuation() {
        List<Statement> s = statements("Nora Quell, who chairs the harbour board of Port Emmet, spoke on Monday.\n\n"
                + "“We cannot wait any longer,” said Nora Quell.\n\n"
                + "“Every week costs the town money,” said Omar Lund, a ferry pilot.\n", DAY);
        assertEquals("Omar Lund", starting(s, "Every week costs").speaker());
    }

    @Test
    void aQuotationAfterParagraphsOfProseContinuesNobody() {
        List<Statement> s = statements("“We cannot wait any longer,” said Nora Quell, who chairs the harbour board.\n\n"
                + "The vote was postponed to June.\n\n"
                + "The pier stays closed.\n\n"
                + "“Nobody will pay for the pier.” The harbour has no budget.\n", DAY);
        assertNull(starting(s, "Nobody will pay").speaker());
    }

    @Test
    void aPronounAfterALongQuotationReachesTheProseThatIntroducedTheSpeaker() {
        // the quotation's own sentences name no one a reader could take "she" for, so they do not use up the reach
        List<Statement> s = statements("Mara Lind, a singer from Port Emmet, returned to the stage in May after two years away.\n\n"
                + "“I had been somebody who liked music. I was never obsessed with it. Then the songs came back. They came "
                + "every night. I wrote them down,” she said.\n", DAY);
        assertEquals("Mara Lind", starting(s, "I had been somebody").speaker());
    }
}

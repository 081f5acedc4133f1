package org.onrecord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.annotate.Annotate;
import org.onrecord.annotate.Annotated;
import org.onrecord.model.Statement;
import org.onrecord.model.Statement.Span;
import org.onrecord.testing.Docs;

/**
 * The source of a cue the tagger found alone (decision 0022), on FICTIONAL sentences written for these tests. The
 * candidates are built by hand (a cue and its content, no source), so the rule is tested apart from the tagger.
 */
class ImpliedSourceTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 7);

    /** The speaker ImpliedSource finds for the cue {@code cue} whose content is {@code content}, or null. */
    private static String speaker(String body, String cue, String content) {
        Annotated a = Annotate.annotate(Docs.text(body, DAY));
        String text = a.doc().body();
        List<Quote> quotes = Quotes.find(text, false);
        DocumentPeople people = DocumentPeople.of(Extract.mask(text, quotes), a.sentences());
        int c = text.indexOf(cue), s = text.indexOf(content);
        Candidate candidate = new Candidate(Statement.Kind.INDIRECT, s, s + content.length(), 0, text.length(),
                new Span(c, c + cue.length()), null, 0, false);
        Span source = ImpliedSource.of(people, text, candidate, AttributionModel.bundled().lexicon());
        if (source == null) return null;
        Speaker sp = people.resolve(source.start(), source.end(), null);
        return sp == null ? null : sp.name();
    }

    @Test
    void anUnfamiliarNameAfterAnInvertedCueSpeaks() {
        String body = "The board of Port Emmet met on Monday. Its chair, Nora Quell, opened the meeting.\n\n"
                + "The money is gone, said Quell, who chairs the board.";
        assertEquals("Nora Quell", speaker(body, "said", "The money is gone"));
    }

    @Test
    void aDescriptionCutShortRunsToTheNameItGives() {
        String body = "Bluewater Lines runs the ferry. The repairs were approved, said the ferry company’s new chief executive "
                + "Ana Vale in a letter to staff.";
        assertEquals("Ana Vale", speaker(body, "said", "The repairs were approved"));
    }

    @Test
    void theSubjectOfAParticipleSpeaksThroughIt() {
        String body = "Fares rose in May. Meanwhile the ferry company, Bluewater Lines, raised fares again, citing fuel costs.";
        assertEquals("Bluewater Lines", speaker(body, "citing", "fuel costs"));
    }

    @Test
    void theSubjectOfASecondVerbSpeaksThroughIt() {
        String body = "Harbour master Tom Reed inspected the boats and ordered repairs to the pier.";
        assertEquals("Tom Reed", speaker(body, "ordered", "repairs to the pier"));
    }

    @Test
    void aParticipleClauseAfterACommaAndButHasItsOwnSubject() {
        String body = "In May the port awarded contracts to Emmet Marine and the Tollan Group, but the Tollan Group cancelled its contract, "
                + "citing staff shortages.";
        assertEquals("Tollan Group", speaker(body, "citing", "staff shortages"));
    }

    @Test
    void theSubjectOfAPassiveIsNotItsSpeaker() {
        String body = "Omar Lund was accused of hiding the accounts.";
        assertNull(speaker(body, "accused of", "hiding the accounts"));
        String body2 = "Omar Lund is expected to resign soon.";
        assertNull(speaker(body2, "expected", "to resign soon"));
    }

    @Test
    void theWritersVoiceAndHeadingsReportNobody() {
        // "it seems", "you know": the pronoun is no speaker, and the verb is seldom a cue in the training data
        assertNull(speaker("Bluewater Lines raised fares. It seems the pier will open in July.", "seems", "the pier will open"));
        assertNull(speaker("Omar Lund runs the pier. You know the pier will open in July.", "know", "the pier will open"));
        // a heading in title case: its capitalised verb is no cue
        assertNull(speaker("Omar Lund tested the service.\n\nThe Streaming Quality Seems Excellent\n\nHe liked it.", "Seems Excellent", "Excellent"));
    }

    @Test
    void aCueWithoutAnySubjectBeforeItGetsNone() {
        // a cue in the middle of a clause whose subject is no name: nobody is made up
        assertNull(speaker("Residents of Port Emmet also complained and say the outages were too broad.", "say", "the outages"));
    }
}

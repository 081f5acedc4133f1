package org.onrecord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onrecord.testing.Docs.starting;
import static org.onrecord.testing.Docs.statements;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Statement;

/** Every quotation style Onrecord reads, on short FICTIONAL articles written for these tests. */
class QuotationStylesTest {
    private static final LocalDate SAT = LocalDate.of(2024, 3, 9);

    @Test
    void curlyQuotationWithCueAfter() {
        List<Statement> s = statements("“The bridge will open in May,” Mayor Lena Okafor said Saturday.", SAT);
        Statement q = starting(s, "The bridge will open in May");
        assertEquals(Statement.Kind.DIRECT, q.kind());
        assertEquals("Lena Okafor", q.speaker());
        assertEquals("said", q.cue());
        assertEquals("2024-03-09", q.saidOn());
    }

    @Test
    void straightQuotesAndCueBefore() {
        List<Statement> s = statements("Minister Paulo Reis said: \"We will not raise taxes this year.\"", SAT);
        Statement q = starting(s, "We will not raise taxes this year.");
        assertEquals(Statement.Kind.DIRECT, q.kind());
        assertEquals("Paulo Reis", q.speaker());
    }

    @Test
    void doubledApostropheCloser() {
        List<Statement> s = statements("He added: “The ferry must keep running.’’ Chief engineer Ana Bell said so.", SAT);
        assertEquals("The ferry must keep running.", starting(s, "The ferry").text());
    }

    @Test
    void britishSingleQuotationMarksAreQuotations() {
        List<Statement> s = statements("‘We won’t close the station,’ the regional manager, Ada Wren, said. The ‘heroes’ were thanked.", SAT);
        Statement q = starting(s, "We won’t close the station");
        assertEquals("We won’t close the station,", q.text());
        assertEquals(Statement.Kind.DIRECT, q.kind());
        // a single word in single quotation marks is a scare quote, and a possessive’s apostrophe closes nothing
        assertTrue(s.stream().noneMatch(x -> x.text().startsWith("heroes")));
        List<Statement> p = statements("The drivers’ union called the plan ‘a betrayal of the region’ on Monday.", SAT);
        assertEquals(Statement.Kind.PARTIAL, starting(p, "a betrayal").kind());
    }

    @Test
    void nestedSingleQuotesStayInsideTheQuotation() {
        List<Statement> s = statements("“They told us ‘the money is gone’ and left,” said council leader Mark Hoy.", SAT);
        Statement q = starting(s, "They told us");
        assertEquals("They told us ‘the money is gone’ and left,", q.text());
        assertEquals("Mark Hoy", q.speaker());
        assertEquals(1, s.stream().filter(x -> x.kind() != Statement.Kind.INDIRECT).count());
    }

    @Test
    void quotationInterruptedByTheCue() {
        List<Statement> s = statements("“We tried,” Governor Rita Vale said, “but the court said no.”", SAT);
        assertEquals("Rita Vale", starting(s, "We tried").speaker());
        assertEquals("Rita Vale", starting(s, "but the court said no").speaker());
    }

    @Test
    void partialQuotationInsideProse() {
        List<Statement> s = statements("Senator Ivo Marsh called the plan “a costly mistake” on Saturday.", SAT);
        Statement q = starting(s, "a costly mistake");
        assertEquals(Statement.Kind.PARTIAL, q.kind());
        assertEquals("Ivo Marsh", q.speaker());
        assertEquals("called", q.cue());
    }

    @Test
    void britishMultiParagraphQuotationKeepsItsSpeaker() {
        String text = "Health Secretary Joan Pike said: “Waiting lists are falling.\n\n“We will open two clinics.\n\n“Nobody will wait a year.”\n\n"
                + "The opposition was not convinced.";
        List<Statement> s = statements(text, SAT);
        for (String p : new String[]{"Waiting lists are falling.", "We will open two clinics.", "Nobody will wait a year."}) {
            Statement q = starting(s, p);
            assertEquals("Joan Pike", q.speaker(), p);
            assertEquals(Statement.Kind.DIRECT, q.kind());
        }
    }

    @Test
    void quotationWithoutCueTakesTheSpeakerOfTheQuotationBefore() {
        String text = "“Prices will fall,” central bank chief Omar Said told reporters on Saturday. “Wages will follow.”";
        List<Statement> s = statements(text, SAT);
        Statement second = starting(s, "Wages will follow.");
        assertEquals("Omar Said", second.speaker());
        assertEquals("2024-03-09", second.saidOn());
    }

    @Test
    void quotedParagraphContinuesTheSpeakerBeforeIt() {
        String text = "“Prices will fall,” central bank chief Omar Said told reporters on Saturday.\n\n“Wages will follow.”\n\n"
                + "At noon the line “The rally is over for good this time” was on every screen of the trading floor.\n\n"
                + "The bank’s critics were unmoved.";
        List<Statement> s = statements(text, SAT);
        assertEquals("Omar Said", starting(s, "Wages will follow.").speaker());
        // a quotation inside a paragraph of other words is not carried over from the paragraph before
        assertNull(starting(s, "The rally is over").speaker());
    }

    @Test
    void unattributedQuotationHasNoSpeaker() {
        List<Statement> s = statements("The sign on the door read “Closed for repairs” all week.", SAT);
        assertNull(starting(s, "Closed for repairs").speaker());
    }

    @Test
    void offsetsOfPlainTextPointIntoTheSource() {
        String text = "Budget row deepens\n\n“We have no money left,” Treasurer Ola Berg said on Saturday.";
        Statement q = starting(statements(text, SAT), "We have no money left");
        assertEquals("source", q.offsets());
        assertEquals(q.text(), text.substring(q.start(), q.end()));
        assertTrue(q.start() > 20);
    }
}

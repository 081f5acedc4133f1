package org.onrecord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.onrecord.testing.Docs.starting;
import static org.onrecord.testing.Docs.statements;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Statement;

/**
 * said_on and its basis (decision 0018). Every sentence below is FICTIONAL, written for these tests: the people,
 * places and events do not exist.
 */
class SaidOnTest {
    /** A Wednesday. */
    private static final LocalDate WED = LocalDate.of(2024, 11, 20);

    private static void dated(Statement s, String day, String basis) {
        assertEquals(day, s.saidOn(), () -> "said_on of: " + s.text());
        assertEquals(basis, s.saidOnBasis(), () -> "basis of: " + s.text());
    }

    @Test
    void theReportingClauseDatesTheWords() {
        dated(starting(statements("Harbour Minister Ada Brenn said Tuesday that the port would reopen in spring.", WED),
                "the port would reopen"), "2024-11-19", Statement.STATED);
        dated(starting(statements("Mayor Tamsin Oake told reporters on Nov. 18 that the budget was balanced.", WED),
                "the budget was balanced"), "2024-11-18", Statement.STATED);
        dated(starting(statements("In an interview Monday, Mayor Tamsin Oake said the budget was balanced.", WED),
                "the budget was balanced"), "2024-11-18", Statement.STATED);
        dated(starting(statements("“We are ready for the storm,” Governor Pell Varo said on Sunday.", WED),
                "We are ready"), "2024-11-17", Statement.STATED);
    }

    @Test
    void aDateInsideTheContentIsNeverTheDayOfTheWords() {
        // a testimony about "the July 25 call" was given on the day the article reports, not on July 25
        Statement call = starting(statements("Ambassador Rion Tal said the July 25 call had been routine.", WED), "the July 25 call");
        dated(call, "2024-11-20", Statement.PUBLISHED);
        Statement elections = starting(statements("Senator Lio Marsh said the 2016 elections had been fair.", WED), "the 2016 elections");
        dated(elections, "2024-11-20", Statement.PUBLISHED);
        Statement quoted = starting(statements("“On Monday we signed the deal,” said trade envoy Kira Pols.", WED), "On Monday we signed");
        dated(quoted, "2024-11-20", Statement.PUBLISHED);
    }

    @Test
    void aDateInTheSpeakersDescriptionDatesSomethingElse() {
        Statement s = starting(statements("Jana Holt, who led the party's campaign in 2010, said the coalition would hold.", WED),
                "the coalition would hold");
        dated(s, "2024-11-20", Statement.PUBLISHED);
    }

    @Test
    void theLeadsOccasionDatesTheLaterWords() {
        List<Statement> s = statements("Defence Secretary Omar Kell testified Tuesday before the Senate armed services committee "
                + "about the missing radar contract.\n\n“We found the error and we fixed it,” Kell said.\n\n"
                + "“Nobody was harmed by the delay,” said his deputy, Irma Sol.", WED);
        dated(starting(s, "We found the error"), "2024-11-19", Statement.OCCASION);
        dated(starting(s, "Nobody was harmed"), "2024-11-19", Statement.OCCASION);
    }

    @Test
    void aSpeakerDatedOnceSpokeThenInTheArticlesOtherWordsToo() {
        List<Statement> s = statements("“The dam will hold,” said engineer Bo Strand. Strand told the council on Monday that "
                + "the cracks were old. “We inspect it every week,” he added.", WED);
        dated(starting(s, "The dam will hold"), "2024-11-18", Statement.OCCASION);
        dated(starting(s, "the cracks were old"), "2024-11-18", Statement.STATED);
    }

    @Test
    void aYearTheArticleLooksBackAtIsNoOccasionForTheSpeakersLaterWords() {
        List<Statement> s = statements("Councillor Wren Ashby said in 1998 that the ferry would never pay for itself.\n\n"
                + "The council voted on a new timetable this week.\n\n"
                + "“The ferry has paid for itself twice over,” Ashby said.", WED);
        dated(starting(s, "the ferry would never pay"), "1998", Statement.STATED);
        dated(starting(s, "The ferry has paid"), "2024-11-20", Statement.PUBLISHED);
    }

    @Test
    void newsOfTheDayTakesThePublicationDay() {
        dated(starting(statements("“The bridge is safe,” said city engineer Rosa Lind.", WED), "The bridge is safe"),
                "2024-11-20", Statement.PUBLISHED);
        // without a publication date there is nothing to date it by
        Statement undated = starting(statements("“The bridge is safe,” said city engineer Rosa Lind.", null), "The bridge is safe");
        assertNull(undated.saidOn());
        assertNull(undated.saidOnBasis());
    }

    @Test
    void thePresentPerfectGivesNoOccasion() {
        Statement s = starting(statements("Governor Ivo Pranc has long said that the river tax is too high.", WED), "the river tax");
        assertNull(s.saidOn());
        assertNull(s.saidOnBasis());
        Statement t = starting(statements("The fisheries board has repeatedly argued that the quotas are fair.", WED), "the quotas are fair");
        assertNull(t.saidOn());
    }

    @Test
    void aStandingViewOfABarePluralGivesNoOccasion() {
        Statement s = starting(statements("Economists say the harbour plan will fail.", WED), "the harbour plan will fail");
        assertNull(s.saidOn());
        // a singular source in the present reports the day's news
        Statement t = starting(statements("The lawsuit says the harbour plan broke the law.", WED), "the harbour plan broke");
        dated(t, "2024-11-20", Statement.PUBLISHED);
    }

    @Test
    void aDayAfterPublicationIsNotTheDayOfTheWords() {
        // "Friday" after a Wednesday publication resolves to a coming day: the words cannot have been said then
        Statement s = starting(statements("Coach Emil Varga said the final on Friday would be hard.", WED), "the final on Friday");
        dated(s, "2024-11-20", Statement.PUBLISHED);
    }

    @Test
    void onlyRealDaysWeeksAndMonthsCount() {
        assertEquals("2024-11-18", SaidOn.dayOrCoarser(new org.onrecord.annotate.TimeExpression(0, 6, "TIME", "2024-11-18TNI", null)));
        assertEquals("2024-W47", SaidOn.dayOrCoarser(new org.onrecord.annotate.TimeExpression(0, 6, "DATE", "2024-W47", null)));
        assertNull(SaidOn.dayOrCoarser(new org.onrecord.annotate.TimeExpression(0, 6, "DATE", "2023-02-30", null)));
        assertNull(SaidOn.dayOrCoarser(new org.onrecord.annotate.TimeExpression(0, 6, "DATE", "2021-W53", null)));
        assertNull(SaidOn.dayOrCoarser(new org.onrecord.annotate.TimeExpression(0, 6, "DATE", "PRESENT_REF", null)));
        assertEquals(LocalDate.of(2024, 11, 18), SaidOn.start("2024-W47"));
    }
}

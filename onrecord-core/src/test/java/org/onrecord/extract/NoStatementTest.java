package org.onrecord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onrecord.testing.Docs.starting;
import static org.onrecord.testing.Docs.statements;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Statement;

/** Text that reports nobody's words gives no statement (decision 0022); FICTIONAL articles written for these tests. */
class NoStatementTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 7);

    @Test
    void aDocumentInAnotherLanguageGivesNoStatements() {
        // FICTIONAL, in German: the English tagger's labels would be noise
        String body = "Der Stadtrat von Halden hat die neue Regel angekündigt. Die Bürger sollen ihre Anträge weiterhin "
                + "schriftlich einreichen, während die Beamten an einer digitalen Lösung arbeiten, die bereits im nächsten "
                + "Frühjahr verfügbar sein könnte. Kritiker bemängeln seit langem die langsamen Verfahren und fordern schnellere "
                + "Entscheidungen der Verwaltung. Viele Familien warten schon seit mehreren Monaten auf eine Antwort, und manche "
                + "Betriebe mussten ihre Pläne deshalb verschieben oder ganz aufgeben.\n\nBürgermeisterin Ilse Marek sagte am Montag: \"Die Änderung dauert noch.\"";
        assertEquals(List.of(), statements(body, DAY));
        // FICTIONAL, the same in English: the quotation is a statement
        String english = "The city council of Halden announced the new rule. Residents should keep sending their requests in "
                + "writing while officials work on a digital system, which could be ready next spring. Critics have long "
                + "complained about slow procedures.\n\nMayor Ilse Marek said on Monday: \"The change will take a while.\"";
        assertEquals("Ilse Marek", starting(statements(english, DAY), "The change will take").speaker());
    }
}

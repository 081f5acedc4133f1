package org.onrecord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onrecord.annotate.Annotate;
import org.onrecord.annotate.Annotated;
import org.onrecord.model.Document;
import org.onrecord.testing.Docs;

/** "I" outside quotation marks is the writer, never the last person quoted (decision 0022); FICTIONAL bylines and text. */
class WriterTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 7);

    private static String name(Speaker s) {
        return s == null ? null : s.name();
    }

    @Test
    void aBylineNamingOnePersonNamesTheWriter() {
        assertEquals("Jane Vale", name(Writer.of("By Jane Vale")));
        assertEquals("Tom Krane", name(Writer.of("TOM KRANE, Harbour Gazette Staff Writer")));
        assertEquals("Mark Ellery", name(Writer.of("Mark Ellery. Coastal Review")));
        assertEquals("Nina Ross", name(Writer.of("Nina Ross @ninaross Nov 18, 2019 at 9:24 pm")));
    }

    @Test
    void aBylineNamingAnAgencyOrADeskNamesNoWriter() {
        assertNull(Writer.of("Associated Press"));
        assertNull(Writer.of("Harbour Gazette Bureau"));
        assertNull(Writer.of("staff"));
        assertNull(Writer.of(null));
    }

    /** The speaker of the first statement whose source is {@code mention}, with the byline {@code byline}. */
    private static String firstPersonSpeaker(String body, String byline, String mention, String previous) {
        Document d = Docs.text(body, DAY);
        Annotated a = Annotate.annotate(d);
        String text = d.body();
        DocumentPeople people = DocumentPeople.of(Extract.mask(text, Quotes.find(text, false)), a.sentences(), Writer.of(byline));
        int at = text.indexOf(mention);
        return name(people.resolve(at, at + mention.length(), previous));
    }

    @Test
    void theFirstPersonOutsideQuotationMarksIsTheWriterNotTheLastSpeaker() {
        String body = "“The pier will reopen,” said Omar Lund, the harbour master.\n\nI doubt it will reopen this year.";
        assertEquals("Jane Vale", firstPersonSpeaker(body, "By Jane Vale", "I", "Omar Lund"));
    }

    @Test
    void withoutAWriterTheFirstPersonNamesNoOne() {
        String body = "“The pier will reopen,” said Omar Lund, the harbour master.\n\nI doubt it will reopen this year.";
        assertNull(firstPersonSpeaker(body, "Harbour Gazette", "I", "Omar Lund"));
        String we = "“The pier will reopen,” said Omar Lund, the harbour master.\n\nWe have found no plan for it.";
        assertNull(firstPersonSpeaker(we, "By Jane Vale", "We", "Omar Lund"));
    }

    @Test
    void inATranscriptTheFirstPersonIsTheOneAnswering() {
        String body = "Omar Lund runs the harbour of Port Emmet.\n\nQ: When will the pier reopen?\n\nA: I think in June.";
        assertEquals("Omar Lund", firstPersonSpeaker(body, "By Jane Vale", "I", "Omar Lund"));
    }
}

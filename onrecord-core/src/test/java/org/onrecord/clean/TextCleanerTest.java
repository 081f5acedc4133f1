package org.onrecord.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onrecord.model.SourceMap;

/** Plain-text crawl dumps, written for these tests (fictional). */
class TextCleanerTest {
    private static final String DUMP = """
            Minister rejects port deal claims
            Officials say the harbour 'was never for sale' despite leaked memo
            By City Desk - March 3 2024

            PHOTO – The harbour at dawn, in a picture released by the ministry. (Photo credit: Ministry via Fictional Press)

            The transport minister said on Monday that the harbour deal was a rumour.

            “We have not sold the harbour,” she said.

            READ MORE:
            Harbour strike ends after two weeks
            New ferry line opens [REPORT]

            She added that talks would continue.

            Follow me on Twitter @FictionalReporter for more transport news

            Scroll down to our comments section below to share YOUR views

            Please enter your comment!
            Please enter your name here

            source: fictional-news.example

            Most Popular
            """;

    @Test
    void headFieldsAreFoundAndBoilerplateIsDropped() {
        Cleaned c = TextCleaner.clean(DUMP);
        assertEquals("Minister rejects port deal claims", c.title());
        assertEquals("Officials say the harbour 'was never for sale' despite leaked memo", c.deck());
        assertEquals("By City Desk - March 3 2024", c.byline());
        assertEquals(LocalDate.of(2024, 3, 3), c.published());
        assertEquals("""
                The transport minister said on Monday that the harbour deal was a rumour.

                “We have not sold the harbour,” she said.

                She added that talks would continue.""", c.body());
    }

    @Test
    void bodyOffsetsMapBackToTheSameTextInTheSource() {
        Cleaned c = TextCleaner.clean(DUMP);
        SourceMap map = c.sourceMap();
        int b = c.body().indexOf("We have not sold");
        int s = map.toSource(b);
        assertEquals("We have not sold", DUMP.substring(s, s + 16));
        int end = c.body().length();
        assertEquals(DUMP.indexOf("continue.") + "continue.".length(), map.toSource(end));
    }

    @Test
    void singleLineDumpLosesItsLicenceFooterAndDateStamp() {
        String text = " date 2024-05-06 PORTVILLE – The mayor said Sunday the bridge would reopen. “It is safe,” he said.\u00a0   "
                + "All Content by Fictional Wire is licensed under a Creative Commons Attribution 4.0 International License.";
        Cleaned c = TextCleaner.clean(text);
        assertEquals("PORTVILLE – The mayor said Sunday the bridge would reopen. “It is safe,” he said.", c.body());
        assertEquals(LocalDate.of(2024, 5, 6), c.published());
        assertEquals("PORTVILLE", c.dateline());
        assertEquals("Fictional Wire", c.outlet());
        assertNull(c.title());
    }

    @Test
    void datesFurtherDownAreEventsNotPublication() {
        Cleaned c = TextCleaner.clean("The council met on 12 January 2023 and again in March.\n\nIt said nothing new.");
        assertNull(c.published());
        assertFalse(c.body().isEmpty());
    }

    @Test
    void bodyLinesThatMerelyMentionSourcesStay() {
        Cleaned c = TextCleaner.clean("Sources: the minister told us more.\n\nThe source said the talks failed, according to a report.");
        assertTrue(c.body().contains("The source said the talks failed"));
    }
}

package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Document;
import org.onrecord.model.Format;

/** Readable outlet names and the days said_on values stand for on a time axis. FICTIONAL outlets. */
class CatalogTest {
    private static Document doc(String outlet, String url) {
        return new Document("d", "/in/averlin-gazette-1.html", url, outlet, null, null, null, null, null, "body", Format.HTML, null, null);
    }

    @Test
    void outletsByNameElseHostElseFile() {
        assertEquals("Averlin Gazette", Catalog.outlet(doc(" Averlin Gazette ", "https://gazette.example/a")));
        assertEquals("gazette.example", Catalog.outlet(doc(null, "https://www.Gazette.example/2025/04/a?x=1")));
        assertEquals("unknown outlet (averlin-gazette-1.html)", Catalog.outlet(doc(null, "javascript:alert(1)")));
        assertEquals("unknown outlet (averlin-gazette-1.html)", Catalog.outlet(doc("  ", null)));
        assertEquals("harbour-radio.example", Catalog.readable("https://harbour-radio.example/news/77"));
        assertEquals("Harbour Radio", Catalog.readable("Harbour Radio"));
        assertEquals("a.example, Harbour Radio", Catalog.readable(List.of("http://a.example/1", "https://www.a.example/2", "Harbour Radio")));
    }

    @Test
    void saidOnValuesBecomeDays() {
        assertEquals(LocalDate.of(2025, 4, 2), Catalog.day("2025-04-02"));
        assertEquals(LocalDate.of(2025, 4, 15), Catalog.day("2025-04"), "a month: its middle");
        assertEquals(LocalDate.of(2025, 7, 1), Catalog.day("2025"), "a year: its middle");
        assertEquals(LocalDate.of(2025, 1, 2), Catalog.day("2025-W01"), "a week: its Thursday");
        assertEquals(LocalDate.of(2024, 12, 26), Catalog.day("2024-W52"));
        assertNull(Catalog.day("2025-13-45"));
        assertNull(Catalog.day("last spring"));
        assertNull(Catalog.day(null));
    }
}

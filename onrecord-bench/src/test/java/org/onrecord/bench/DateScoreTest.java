package org.onrecord.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The port of score_htmldate.py's metric, on the cases of that script's self-test. */
class DateScoreTest {
    private static List<DateScore.Gold> gold() {
        List<DateScore.Gold> gold = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            gold.add(new DateScore.Gold(String.format("html/%04d.html.gz", i), "2020-01-0" + (i % 9 + 1), i <= 6 ? "a" : "b"));
        }
        return gold;
    }

    @Test
    void rightWrongAndMissingPagesGiveHtmldatesFigures() {
        Map<String, String> pred = new HashMap<>();
        for (DateScore.Gold g : gold()) pred.put(DateScore.baseName(g.file()), g.date());
        assertEquals(new DateScore.Figures(10, 0, 0, 10), DateScore.score(gold(), pred));
        pred.put("0001.html.gz", "1999-01-01");
        pred.remove("0002.html.gz");
        DateScore.Figures f = DateScore.score(gold(), pred);
        assertEquals(new DateScore.Figures(8, 1, 1, 10), f);
        assertEquals(0.8, f.accuracy(), 1e-9);
        assertEquals(16.0 / 18, f.f1(), 1e-9);
        assertEquals(8.0 / 9, f.precision(), 1e-9);
        assertEquals("SCORE accuracy=0.8000 precision=0.8889 recall=0.8889 f1=0.8889 tp=8 fp=1 fn=1 pages=10", f.scoreLine());
        Map<String, DateScore.Figures> sets = DateScore.bySet(gold(), pred);
        assertEquals(new DateScore.Figures(4, 1, 1, 6), sets.get("a"));
        assertEquals(new DateScore.Figures(4, 0, 0, 4), sets.get("b"));
    }

    @Test
    void aPageWithoutAGoldDateCountsAnyDateWrongAndNoneMissing() {
        List<DateScore.Gold> gold = List.of(new DateScore.Gold("html/0001.html.gz", null, "a"));
        assertEquals(new DateScore.Figures(0, 1, 0, 1), DateScore.score(gold, Map.of("0001.html.gz", "2020-01-01")));
        assertEquals(new DateScore.Figures(0, 0, 1, 1), DateScore.score(gold, Map.of()));
        assertEquals("0001.html.gz", DateScore.baseName("/x/html/0001.html.gz#https://a.example/"));
    }
}

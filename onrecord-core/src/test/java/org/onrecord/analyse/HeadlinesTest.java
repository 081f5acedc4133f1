package org.onrecord.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Format;
import org.onrecord.model.SourceMap;
import org.onrecord.model.Statement;

/** Headline misquotes on headlines and quotations written for this test (fictional). */
class HeadlinesTest {
    private static final String BODY = "“We have no plans to arm Kestria or any other party,” Brannick said. "
            + "“The port will stay open for every ship that follows the rules,” he added.";

    private static List<Finding> check(String title) {
        Document d = new Document("d1", "test.txt", null, "Fictional Wire", null, title, null, null, null, BODY, Format.TEXT, SourceMap.NONE, null);
        Statement a = statement("s1", "We have no plans to arm Kestria or any other party,", 1);
        Statement b = statement("s2", "The port will stay open for every ship that follows the rules,", 70);
        return Headlines.check(d, List.of(a, b));
    }

    private static Statement statement(String id, String text, int at) {
        return new Statement(id, "d1", "test.txt", Statement.Kind.DIRECT, text, at, at + text.length(), "body", at, at + text.length(),
                "Teodor Brannick", "Brannick", "said", null, null, text, null, null);
    }

    @Test
    void wordsNobodySaidAreAMisquote() {
        List<Finding> f = check("Valdoria 'will never arm Kestria', says minister");
        assertEquals(1, f.size());
        assertEquals("headline_misquote", f.get(0).type());
        assertTrue(f.get(0).reason().contains("We have no plans to arm Kestria"), f.get(0).reason());
    }

    @Test
    void accurateAndShortenedQuotationsAreNot() {
        assertEquals(List.of(), check("Minister: 'We have no plans to arm Kestria'"));
        assertEquals(List.of(), check("Minister: 'The port will stay open ... that follows the rules'"));
        assertEquals(List.of(), check("Minister: 'The port will stay open [ more ]'"));
    }

    @Test
    void titlesNamesSlogansAndOtherLanguagesAreNot() {
        assertEquals(List.of(), check("Brannick reviews 'The Port Of Kestria' for the Wire"));
        assertEquals(List.of(), check("Minister doubles down on 'arm the port' campaign"));
        assertEquals(List.of(), check("발도리아 장관 '케스트리아 무장 안 해'"));
        assertEquals(List.of(), check("Brannick says 'no'"));
        assertEquals(List.of(), check("Minister <em>says</em> &quot;We have no plans to arm Kestria&quot;"));
    }

    @Test
    void theRulesOneByOne() {
        assertTrue(Headlines.titleCase("The Port Of Kestria"));
        assertFalse(Headlines.titleCase("will never arm Kestria"));
        assertTrue(Headlines.attributive("arm the port", "Minister doubles down on 'arm the port' campaign"));
        assertFalse(Headlines.attributive("will never arm Kestria", "Valdoria 'will never arm Kestria', says minister"));
        assertFalse(Headlines.latin("발도리아 장관"));
        assertTrue(Headlines.quotationLike("will never arm Kestria", "Valdoria 'will never arm Kestria', says minister"));
        assertFalse(Headlines.quotationLike("no vamos a armar a nadie", "Ministro: 'no vamos a armar a nadie'"));
    }
}

package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.onrecord.analyse.Analyse;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;

/** A story page stays readable when one speaker says a lot: a few statements each, and a link to all of them. FICTIONAL. */
class StoryPageTest {
    @Test
    void aProlificSpeakerIsCutWithALinkToTheTimelineOfTheStory() {
        StringBuilder body = new StringBuilder("FICTIONAL: a council meeting in Averlin that never happened.");
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            body.append("\n\n");
            int start = body.length();
            body.append("Point ").append(i).append(" of the budget.");
            statements.add(new Statement("m:" + start, "m", "m.txt", Statement.Kind.INDIRECT, "Point " + i, start, start + 7, "body", start, start + 7,
                    i < 15 ? "Lena Okafor" : null, null, "said", "2025-06-" + (10 + i % 9), null, "", null, null));
        }
        Document d = new Document("m", "m.txt", "https://gazette.example/council", "Averlin Gazette", LocalDate.of(2025, 6, 20), "Council meets",
                null, null, null, body.toString(), Format.HTML, null, null);
        Person okafor = new Person("p-okafor", "Lena Okafor", List.of(), List.of("mayor"), Person.PERSON);
        Map<String, Statement> byId = new HashMap<>();
        statements.forEach(s -> byId.put(s.id(), s));
        Snapshot snap = new Snapshot(List.of(d), statements, List.of(okafor), List.of(), List.of(new Story("s1", null, List.of("m"))),
                Map.of("m", d), byId, Map.of("p-okafor", okafor), Analyse.topics(List.of()));
        Pages pages = new Pages(snap, Links.SERVER);
        org.jsoup.nodes.Document page = Jsoup.parse(pages.story(pages.catalog().story("s1")));
        Element section = page.selectFirst("section[aria-labelledby=statements]");
        List<Element> lists = section.select("ul.statements");
        assertEquals(Pages.PER_SPEAKER, lists.get(0).select("li").size());
        assertEquals("Lena Okafor (15)", section.select("h3").get(0).text());
        Element all = section.selectFirst("p.meta a");
        assertEquals("All 15 statements of Lena Okafor in this story, on a time axis", all.text());
        assertEquals("/person/p-okafor?story=s1", all.attr("href"));
        assertEquals("Unattributed (5)", section.select("h3").get(1).text());
        assertEquals(5, lists.get(1).select("li").size());
        // the linked timeline has all fifteen
        org.jsoup.nodes.Document timeline = Jsoup.parse(pages.person(okafor, null, "s1"));
        assertEquals(15, timeline.select("svg.chart a circle").size());
        assertEquals(15, timeline.select(".timeline .entry").size());
    }
}

package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newsroom views over the FICTIONAL {@link Newsroom} store, through a running server. */
class NewsroomPagesTest {
    @TempDir
    static Path dir;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path db = dir.resolve("newsroom.db");
        Newsroom.write(db);
        server = WebServer.start(db, "127.0.0.1", 0, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static org.jsoup.nodes.Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
    }

    @Test
    void storiesAreListedWithReadableTitlesAndLinked() throws Exception {
        org.jsoup.nodes.Document d = page("/stories");
        List<Element> rows = d.select("table.stories tbody tr");
        assertEquals(2, rows.size());
        Element harbour = rows.get(0);
        // no label: the first article's title; the outlet known only by its URL is shown by its host
        assertEquals("No dredging this year, says mayor", harbour.selectFirst("a").text());
        assertEquals("/story/" + Newsroom.HARBOUR, harbour.selectFirst("a").attr("href"));
        assertEquals("4", harbour.child(1).text());
        assertEquals("Averlin Gazette, coastal-courier.example, Harbour Radio", harbour.child(2).text());
        assertEquals("2025-04-02 – 2025-05-10", harbour.child(3).text());
        assertEquals("Tessaly letters page", rows.get(1).selectFirst("a").text());
        assertEquals(1, page("/stories?q=tribune").select("table.stories tbody tr").size(), "filtered by outlet");
        // the home page links the stories too, and says "Stories" once (the navigation), not as its title
        org.jsoup.nodes.Document home = page("/");
        assertNotNull(home.selectFirst("main a[href=/story/" + Newsroom.HARBOUR + "]"));
        assertEquals(1, home.select("h1").size());
        assertFalse(home.selectFirst("h1").text().contains("Stories"));
    }

    @Test
    void aStoryShowsArticlesStatementsCoverageFindingsAndWords() throws Exception {
        org.jsoup.nodes.Document d = page("/story/" + Newsroom.HARBOUR);
        assertEquals("No dredging this year, says mayor", d.selectFirst("h1").text());
        List<String> outletHeads = d.select("#articles ~ h3").eachText();
        assertEquals(List.of("Averlin Gazette", "coastal-courier.example", "Harbour Radio"), outletHeads);
        // statements by speaker, the most quoted first, each linked to its evidence
        Element statements = d.selectFirst("section[aria-labelledby=statements]");
        assertTrue(statements.select("h3").get(0).text().startsWith("Lena Okafor"), statements.select("h3").eachText().toString());
        assertEquals(8, statements.select("ul.statements a[href^=/statement/]").size());
        // the coverage matrix: outlets by name, the shared quotation carried by two outlets
        Element matrix = d.selectFirst("table.coverage");
        assertEquals(List.of("Statement", "Averlin Gazette", "coastal-courier.example", "Harbour Radio", "Outlets"),
                matrix.select("thead th").eachText());
        Element shared = matrix.select("tbody tr").get(0);
        assertTrue(shared.text().contains("No dredging will happen this year"), shared.text());
        assertEquals(List.of("carried", "not carried", "carried", "2"), shared.select("td").eachText());
        // every finding of the story, side by side
        assertEquals(5, d.select("article.finding").size());
        // cue and loaded words of this story's articles, per outlet
        Element radio = d.select("table.words tbody tr").stream().filter(r -> r.child(0).text().equals("Harbour Radio")).findFirst().orElseThrow();
        assertEquals("said 2, claimed 1", radio.child(2).text(), "most used first");
        assertEquals("mouthpiece 1, regime 1", radio.child(3).text());
        assertEquals(404, get("/story/no-such-story").statusCode());
        // search results name their story too
        org.jsoup.nodes.Document found = page("/search?q=dredging");
        assertNotNull(found.selectFirst("ul.results a[href=/story/" + Newsroom.HARBOUR + "]"), found.html());
    }

    @Test
    void findingsShowBothSidesAndFilter() throws Exception {
        org.jsoup.nodes.Document d = page("/findings");
        assertEquals(5, d.select("article.finding").size());
        Element contra = d.selectFirst("article.finding.contradiction");
        List<Element> sides = contra.select(".side");
        assertEquals(2, sides.size());
        Element a = sides.get(0).selectFirst(".evidence-link a"), b = sides.get(1).selectFirst(".evidence-link a");
        assertEquals("/statement/h1%3A0", a.attr("href"));
        assertEquals("/statement/h4%3A0", b.attr("href"));
        assertEquals("Evidence A in the article (Averlin Gazette, 2025-04-02)", a.text(), "labelled, not just \"evidence\"");
        assertEquals("Evidence B in the article (Averlin Gazette, 2025-05-10)", b.text());
        assertTrue(sides.get(0).text().contains("Lena Okafor"));
        assertTrue(contra.selectFirst(".reason").text().startsWith("Okafor said on 2025-04-02"));
        assertNotNull(contra.selectFirst("a[href=/story/" + Newsroom.HARBOUR + "]"), "its story is linked");
        // the headline side names the headline and links the article
        Element headline = d.selectFirst("article.finding.headline_misquote");
        assertEquals("Okafor: 'scrap the dredging'", headline.selectFirst("blockquote.headline").text());
        assertEquals("https://www.coastal-courier.example/2025/04/20/scrap", headline.selectFirst(".side a").attr("href"));

        assertEquals(List.of("contradiction"), types("/findings?type=contradiction"));
        assertEquals(List.of("colleague_inconsistency", "disputed"), types("/findings?person=vance"));
        assertEquals(List.of(), types("/findings?story=" + Newsroom.LETTERS));
        assertEquals(5, types("/findings?story=" + Newsroom.HARBOUR).size());
        assertEquals(Set.of("contradiction", "shift", "disputed", "headline_misquote"), new HashSet<>(types("/findings?from=2025-04-15")));
        assertEquals(Set.of("contradiction", "shift", "colleague_inconsistency"), new HashSet<>(types("/findings?to=2025-04-03")));
        assertEquals(List.of("shift"), types("/findings?type=shift&person=okafor&from=2025-04-01&to=2025-04-30"));
        // the filter form keeps what was chosen
        org.jsoup.nodes.Document filtered = page("/findings?type=shift&person=okafor");
        assertEquals("shift", filtered.selectFirst("select#type option[selected]").val());
        assertEquals("okafor", filtered.selectFirst("input#person").val());
    }

    private static List<String> types(String path) throws Exception {
        List<String> out = new ArrayList<>();
        for (Element f : page(path).select("article.finding")) {
            out.add(f.classNames().stream().filter(c -> !c.equals("finding")).findFirst().orElseThrow());
        }
        return out;
    }

    @Test
    void peopleAreRankedPaginatedAndFiltered() throws Exception {
        org.jsoup.nodes.Document d = page("/people");
        List<Element> rows = d.select("table.people tbody tr");
        assertEquals(50, rows.size(), "50 a page");
        assertEquals(List.of("1", "Lena Okafor", "person", "mayor of Averlin", "5", "3", "4"), rows.get(0).select("td").eachText());
        assertEquals("Piet Vance", rows.get(1).child(1).text());
        assertEquals("organisation", rows.get(2).child(2).text());
        assertTrue(d.selectFirst(".count").text().startsWith("63 people quoted, 1–50 shown"), d.selectFirst(".count").text());
        Element next = d.selectFirst("a[rel=next]");
        assertEquals("/people?page=2", next.attr("href"));
        org.jsoup.nodes.Document two = page(next.attr("href"));
        assertEquals(13, two.select("table.people tbody tr").size());
        assertEquals("51", two.selectFirst("table.people tbody tr td").text());
        assertNotNull(two.selectFirst("a[rel=prev]"));
        assertEquals(List.of("Piet Vance"), names("/people?q=vance"));
        assertEquals(List.of("Piet Vance"), names("/people?q=VANCE"), "aliases and case");
        assertEquals(List.of("Averlin Harbour Board"), names("/people?kind=organisation"));
        // only mentioned, listed apart
        org.jsoup.nodes.Document mentioned = page("/people?list=mentioned");
        assertEquals(List.of("Ada Brisk"), mentioned.select("table.people tbody tr td:eq(1)").eachText());
        assertFalse(names("/people").contains("Ada Brisk"));
        // with a filter, the next page keeps it
        assertEquals("/people?q=resident&page=2", page("/people?q=resident").selectFirst("a[rel=next]").attr("href"));
    }

    private static List<String> names(String path) throws Exception {
        return page(path).select("table.people tbody tr td:eq(1)").eachText();
    }

    @Test
    void outletsByReadableNameWithCounts() throws Exception {
        org.jsoup.nodes.Document d = page("/outlets");
        List<Element> rows = d.select("table.outlets tbody tr");
        List<String> names = rows.stream().map(r -> r.child(0).text()).toList();
        assertEquals(List.of("Averlin Gazette", "Tessaly Tribune", "coastal-courier.example", "Harbour Radio"), names);
        assertEquals(List.of("Averlin Gazette", "2", "3", "1", "3", "2025-04-02 – 2025-05-10"), rows.get(0).children().eachText());
        assertFalse(d.html().contains("https://"), "no raw URLs as outlet names");
        assertEquals(List.of("Harbour Radio"), page("/outlets?q=radio").select("table.outlets tbody th").eachText());
        // an outlet leads to the stories it covered
        String stories = rows.get(2).selectFirst("a").attr("href");
        assertEquals("/stories?outlet=coastal-courier.example", stories);
        org.jsoup.nodes.Document covered = page(stories);
        assertEquals(List.of("No dredging this year, says mayor"), covered.select("table.stories tbody td:eq(0)").eachText());
        assertEquals("Stories covered by coastal-courier.example", covered.selectFirst("h1").text());
    }

    @Test
    void aPersonsTimelineIsDrawn() throws Exception {
        org.jsoup.nodes.Document d = page("/person/" + Newsroom.OKAFOR);
        Element svg = d.selectFirst("figure.chart svg.chart");
        assertNotNull(svg);
        List<Element> points = svg.select("a circle.point");
        assertEquals(5, points.size());
        for (Element p : points) {
            assertTrue(p.parent().attr("href").startsWith("/statement/h"), p.parent().outerHtml());
            assertFalse(p.parent().selectFirst("title").text().isBlank(), "each point says what it is");
        }
        assertEquals(5, svg.select("circle.said_on").size(), "all five are dated by their own words");
        // findings between two of her statements are drawn as arcs, labelled with their type
        List<String> arcs = svg.select("g.arc > text").eachText();
        assertEquals(Set.of("Contradiction", "Shift of position"), new HashSet<>(arcs));
        assertNotNull(svg.selectFirst("g.arc-contradiction path[d^=M]"));
        assertNotNull(d.selectFirst("ul.legend"), "a legend");
        assertTrue(svg.selectFirst("desc").text().startsWith("5 dated statement(s) from 2025-04-02 to 2025-05-10, 0 undated"));
        // the undated lane
        org.jsoup.nodes.Document undated = page("/person/p-res-55");
        assertEquals(1, undated.select("svg.chart circle.undated").size());
        assertTrue(undated.select("svg.chart text.lane").eachText().contains("undated"));
        // filters: by story, by topic
        assertEquals(0, page("/person/" + Newsroom.OKAFOR + "?story=" + Newsroom.LETTERS).select("svg.chart circle").size());
        assertEquals(5, page("/person/" + Newsroom.OKAFOR + "?story=" + Newsroom.HARBOUR).select("svg.chart a circle").size());
        org.jsoup.nodes.Document cost = page("/person/" + Newsroom.OKAFOR + "?topic=cost");
        assertEquals(2, cost.select("svg.chart a circle").size());
        assertEquals(List.of("Shift of position"), cost.select("svg.chart g.arc > text").eachText());
        assertEquals("cost", cost.selectFirst("select#topic option[selected]").val());
    }

    @Test
    void theApiListsTakeALimitAndACursor() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int calls = 0;
        do {
            HttpResponse<String> r = get("/api/people?limit=20" + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode list = json.readTree(r.body());
            assertTrue(list.isArray());
            assertTrue(list.size() <= 20);
            list.forEach(p -> ids.add(p.get("id").asText()));
            assertEquals("64", r.headers().firstValue("X-Total-Count").orElse(""));
            cursor = r.headers().firstValue("X-Next-Cursor").orElse(null);
            calls++;
        } while (cursor != null);
        assertEquals(4, calls);
        assertEquals(64, ids.size());
        assertEquals(64, new HashSet<>(ids).size(), "no person twice across pages");
        assertEquals(64, json.readTree(get("/api/people").body()).size(), "without limit: all, as before");
        assertEquals(400, get("/api/people?cursor=%21%21").statusCode());
        assertEquals(400, get("/api/statements?limit=ten").statusCode());
        JsonNode stories = json.readTree(get("/api/stories").body());
        assertEquals("No dredging this year, says mayor", stories.get(0).get("title").asText());
        JsonNode story = json.readTree(get("/api/stories/" + Newsroom.HARBOUR).body());
        assertEquals(5, story.get("findings").size());
        assertEquals(5, json.readTree(get("/api/findings?story=" + Newsroom.HARBOUR).body()).size());
        assertEquals(2, json.readTree(get("/api/statements?limit=2").body()).size());
    }
}

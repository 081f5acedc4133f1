package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.store.Store;

/** The static report over the FICTIONAL {@link Newsroom} store: the same views, every link leads to a file of the report. */
class ReportTest {
    @TempDir
    Path dir;

    @Test
    void theReportHasTheNewsroomViewsAndNoBrokenLink() throws Exception {
        Path db = dir.resolve("n.db");
        Newsroom.write(db);
        Path out = dir.resolve("report");
        int pages;
        try (Store s = Store.open(db)) {
            pages = Report.write(s, out);
        }
        for (String name : List.of("index.html", "stories.html", "story-story-harbour.html", "findings.html", "people.html", "people-2.html",
                "people-mentioned.html", "outlets.html", "person-p-okafor.html", "statement-h1-0.html", "search.html", "onrecord.css")) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        List<Path> html;
        try (Stream<Path> files = Files.list(out)) {
            html = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertEquals(pages, html.size());
        List<String> broken = new ArrayList<>();
        for (Path p : html) {
            org.jsoup.nodes.Document d = Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8));
            assertTrue(d.select("script, form").isEmpty(), p + " has a script or a form");
            for (Element a : d.select("a[href], link[href]")) {
                String href = a.attr("href");
                if (href.startsWith("https://") || href.startsWith("#")) continue;
                String file = href.replaceFirst("#.*", "");
                if (!Files.exists(out.resolve(file))) broken.add(p.getFileName() + " -> " + href);
            }
        }
        assertEquals(List.of(), broken);
        // the same drawing as the server's, with links to the report's files
        org.jsoup.nodes.Document okafor = Jsoup.parse(Files.readString(out.resolve("person-p-okafor.html")));
        assertEquals(5, okafor.select("svg.chart a[href^=statement-]").size());
        assertEquals(2, okafor.select("svg.chart g.arc").size());
        org.jsoup.nodes.Document people2 = Jsoup.parse(Files.readString(out.resolve("people-2.html")));
        assertEquals("people.html", people2.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(13, people2.select("table.people tbody tr").size());
        assertFalse(Files.readString(out.resolve("search.html")).contains("<form"));
    }
}

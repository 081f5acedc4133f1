package org.onrecord.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.Metadata;
import org.onrecord.model.RawDocument;

/** The clean stage on fictional HTML pages: body extraction and metadata precedence. */
class CleanTest {
    private static final String PAGE = """
            <!DOCTYPE html><html><head>
            <title>Bridge reopens | Fictional Gazette</title>
            <meta property="og:title" content="Bridge reopens after repairs">
            <meta property="og:site_name" content="Fictional Gazette">
            <meta property="article:published_time" content="2024-06-02T08:00:00Z">
            </head><body>
            <header><a href="/">Home</a><a href="/news">News</a></header>
            <nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li></ul></nav>
            <div class="social-share"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
            <div id="main"><article>
            <h1>Bridge reopens after repairs</h1>
            <p>The old bridge reopened on Saturday after six months of repairs, the city said in a statement.</p>
            <p>“It is safe, and it will stay open,” the mayor told reporters, adding that traffic would be light at first.</p>
            <figure><img src="b.jpg"><figcaption>The bridge at dawn. (Fictional Photo)</figcaption></figure>
            <p>Engineers replaced the cables, the deck and the lights, at a cost the council has not disclosed.</p>
            <p>Advertisement</p>
            </article></div>
            <aside class="related"><h3>Related stories</h3><a href="/c">Ferry strike ends</a></aside>
            <div class="comments"><p>Leave a comment</p><form><textarea></textarea></form></div>
            <footer>© 2024 Fictional Gazette. All rights reserved.</footer>
            </body></html>""";

    private static Document clean(String html, Metadata manifest, String url) {
        return Clean.clean(new RawDocument("page.html", html, Format.HTML, manifest, url));
    }

    @Test
    void htmlBodyIsTheArticleWithoutNavigationShareBarsCaptionsOrFooter() {
        Document d = clean(PAGE, Metadata.EMPTY, null);
        assertTrue(d.body().startsWith("The old bridge reopened on Saturday"), d.body());
        assertTrue(d.body().contains("“It is safe, and it will stay open,”"));
        assertTrue(d.body().endsWith("at a cost the council has not disclosed."), d.body());
        for (String junk : new String[]{"Politics", "Share on Facebook", "The bridge at dawn", "Advertisement",
                "Related stories", "Leave a comment", "All rights reserved"}) {
            assertFalse(d.body().contains(junk), junk + " left in " + d.body());
        }
        assertEquals("Bridge reopens after repairs", d.title());
        assertEquals("Fictional Gazette", d.outlet());
        assertEquals(LocalDate.of(2024, 6, 2), d.published());
    }

    @Test
    void manifestBeatsPageMetadataWhichBeatsUrlWhichBeatsText() {
        Metadata manifest = new Metadata(null, "Manifest Outlet", LocalDate.of(2020, 1, 1), null);
        Document m = clean(PAGE, manifest, "https://x.example/2019/05/05/bridge");
        assertEquals(LocalDate.of(2020, 1, 1), m.published());
        assertEquals("Manifest Outlet", m.outlet());

        String noMeta = PAGE.replaceAll("<meta property=\"article:published_time\"[^>]*>", "");
        assertEquals(LocalDate.of(2019, 5, 5), clean(noMeta, Metadata.EMPTY, "https://x.example/2019/05/05/bridge").published());

        String jsonLd = noMeta.replace("</head>", "<script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-03\",\"publisher\":{\"name\":\"LD Outlet\"}}</script></head>");
        assertEquals(LocalDate.of(2024, 6, 3), clean(jsonLd, Metadata.EMPTY, "https://x.example/2019/05/05/bridge").published());

        Document text = Clean.clean(new RawDocument("a.txt", "Headline for a fictional test\nBy Desk - May 7 2021\n\nBody text here.",
                Format.TEXT, Metadata.EMPTY, "https://x.example/2018/02/02/a"));
        assertEquals(LocalDate.of(2018, 2, 2), text.published());
    }

    @Test
    void unknownDateStaysNull() {
        Document d = Clean.clean(new RawDocument("a.txt", "A fictional note without any date at all.", Format.TEXT, Metadata.EMPTY, null));
        assertNull(d.published());
    }

    @Test
    void sameTextGetsTheSameIdWhereverItComesFrom() {
        RawDocument a = new RawDocument("one/a.txt", "Same fictional words.", Format.TEXT, Metadata.EMPTY, null);
        RawDocument b = new RawDocument("two/b.txt", "Same fictional words.", Format.TEXT, Metadata.EMPTY, null);
        assertEquals(Clean.clean(a).id(), Clean.clean(b).id());
    }

    @Test
    void htmlDeckBylineAndDatelineComeFromThePage() {
        String page = PAGE.replace("</head>", "<meta name=\"author\" content=\"https://x.example/staff/ana-brun\">"
                        + "<meta property=\"og:description\" content=\"A shared summary of the story.\">"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                        + "[{\"@type\":\"Person\",\"name\":\"Ana Brun\"},{\"@type\":\"Person\",\"name\":\"Tom  Reyes\"}]}</script></head>")
                .replace("<h1>Bridge reopens after repairs</h1>",
                        "<header><h1>Bridge reopens after repairs</h1><p class=\"dek\">Six months of work end\n early.</p></header>")
                .replace("<p>The old bridge reopened", "<p>PORTVILLE (Fictional Wire) – The old bridge reopened");
        Document d = clean(page, Metadata.EMPTY, null);
        assertEquals("Six months of work end early.", d.deck());
        assertEquals("Ana Brun, Tom Reyes", d.byline());
        assertEquals("PORTVILLE (Fictional Wire)", d.dateline());

        // without a marked standfirst or JSON-LD: the sharing summary, the author meta (a profile URL is no name), the byline element
        String plain = PAGE.replace("</head>", "<meta name=\"description\" content=\"A summary for search engines.\">"
                + "<meta name=\"author\" content=\"https://x.example/staff/ana-brun\"></head>")
                .replace("<h1>Bridge reopens after repairs</h1>", "<h1>Bridge reopens after repairs</h1><span class=\"byline\">By Ana Brun</span>");
        Document p = clean(plain, Metadata.EMPTY, null);
        assertEquals("A summary for search engines.", p.deck());
        assertEquals("Ana Brun", p.byline());
        assertNull(p.dateline());
        Document none = clean(PAGE, Metadata.EMPTY, null);
        assertNull(none.deck());
        assertNull(none.byline());
    }
}

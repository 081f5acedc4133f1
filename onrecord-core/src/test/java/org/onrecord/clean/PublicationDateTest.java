package org.onrecord.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Format;
import org.onrecord.model.Metadata;
import org.onrecord.model.RawDocument;

/**
 * Publication dates as a reader expects them, on FICTIONAL pages written for these tests: the day at the outlet,
 * metadata before the URL before the printed date line, placeholders and future days refused, modified dates
 * never taken for publication.
 */
class PublicationDateTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    private static LocalDate published(String head, String body, String url) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Ferry service resumes on the lake</title>" + head
                + "</head><body>" + body + "<p>The fictional ferry resumed service on Monday after a long winter pause.</p></body></html>";
        return Clean.clean(new RawDocument("page.html", html, Format.HTML, Metadata.EMPTY, url), TODAY).published();
    }

    private static String meta(String property, String content) {
        return "<meta property=\"" + property + "\" content=\"" + content + "\">";
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void aLocalTimestampKeepsItsOwnDayNeverConvertedToUtc() {
        assertEquals(LocalDate.of(2019, 11, 18), published(meta("article:published_time", "2019-11-18T19:00:00-05:00"), "", null));
        assertEquals(LocalDate.of(2019, 11, 18), published(meta("article:published_time", "2019-11-18T23:30:00+0100"), "", null));
    }

    @Test
    void aUtcStampThatMovedTheDayYieldsToTheDayThePagePrintsOrItsUrlGives() {
        String utc = meta("article:published_time", "2019-11-19T03:10:00+00:00");
        assertEquals(LocalDate.of(2019, 11, 18), published(utc, "", "https://gazette.example/2019/11/18/ferry/"));
        assertEquals(LocalDate.of(2019, 11, 18), published(utc, "<h1>Ferry</h1><p class=\"byline\">By Ana Ruiz, November 18, 2019</p>", null));
        // The same instant stated in the outlet's zone elsewhere on the page.
        assertEquals(LocalDate.of(2019, 11, 18), published(utc + jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-18T22:10:00-05:00\"}"), "", null));
        // No other statement, or one that is not a neighbouring day: the stamp's own day.
        assertEquals(LocalDate.of(2019, 11, 19), published(utc, "", null));
        assertEquals(LocalDate.of(2019, 11, 19), published(utc, "", "https://gazette.example/2019/11/10/ferry/"));
        // East of UTC: late in the UTC day is the next day at the outlet.
        assertEquals(LocalDate.of(2019, 11, 19), published(meta("article:published_time", "2019-11-18T22:00:00Z"), "",
                "https://gazette.example/2019/11/19/ferry/"));
    }

    @Test
    void jsonLdInGraphsAndArraysGivesDatePublishedNeverDateModified() {
        assertEquals(LocalDate.of(2021, 3, 4), published(jsonLd("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\"},"
                + "{\"@type\":\"NewsArticle\",\"dateModified\":\"2021-03-09\",\"datePublished\":\"2021-03-04T08:00:00+01:00\"}]}"), "", null));
        assertEquals(LocalDate.of(2021, 3, 5), published(jsonLd("[{\"@type\":\"BreadcrumbList\"},{\"@type\":[\"Article\"],"
                + "\"datePublished\":\"2021-03-05\"}]"), "", null));
        assertNull(published(jsonLd("{\"@type\":\"NewsArticle\",\"dateModified\":\"2021-03-09\"}")
                + meta("article:modified_time", "2021-03-09T10:00:00Z"), "", null));
    }

    @Test
    void otherMetadataVocabulariesCount() {
        assertEquals(LocalDate.of(2020, 2, 1), published("<meta name=\"DC.date.issued\" content=\"2020-02-01\">", "", null));
        assertEquals(LocalDate.of(2020, 2, 2), published("<meta name=\"parsely-pub-date\" content=\"2020-02-02T10:00:00Z\">", "", null));
        assertEquals(LocalDate.of(2020, 2, 3), published("<meta name=\"sailthru.date\" content=\"2020-02-03 21:15:00\">", "", null));
        assertEquals(LocalDate.of(2020, 2, 4), published("", "<span itemprop=\"datePublished\" content=\"2020-02-04\">Feb 4</span>", null));
        assertEquals(LocalDate.of(2020, 2, 5), published("", "<h1>Ferry</h1><time datetime=\"2020-02-05T09:00\" pubdate>5 Feb</time>", null));
    }

    @Test
    void placeholdersAndFutureDaysAreNoDates() {
        String url = "https://gazette.example/2018/05/06/ferry";
        assertEquals(LocalDate.of(2018, 5, 6), published(meta("article:published_time", "0001-01-01T00:00:00Z"), "", url));
        assertEquals(LocalDate.of(2018, 5, 6), published(meta("article:published_time", "1970-01-01T00:00:00Z"), "", url));
        assertEquals(LocalDate.of(2018, 5, 6), published(meta("article:published_time", "2031-01-01T00:00:00Z"), "", url));
        assertEquals(TODAY.plusDays(1), published(meta("article:published_time", TODAY.plusDays(1) + "T01:00:00+10:00"), "", null));
    }

    @Test
    void urlDatesInTheirCommonShapes() {
        assertEquals(LocalDate.of(2019, 11, 18), published("", "", "https://gazette.example/news/2019/11/18/ferry"));
        assertEquals(LocalDate.of(2019, 11, 18), published("", "", "https://gazette.example/world/2019/nov/18/ferry-resumes"));
        assertEquals(LocalDate.of(2019, 11, 15), published("", "", "https://gazette.example/ferry-resumes-20191115.html"));
        assertEquals(LocalDate.of(2019, 11, 18), published("", "", "https://gazette.example/2019-11-18/ferry"));
        assertEquals(LocalDate.of(2019, 11, 18), published("", "", "https://gazette.example/18-11-2019-ferry-resumes"));
        // A search range in the query, or a month alone, is not the day the article appeared.
        assertNull(published("", "", "https://gazette.example/ferry?from=2019-11-01"));
        assertNull(published("", "", "https://gazette.example/2019/11/ferry"));
    }

    @Test
    void metadataBeatsTheUrlWhichBeatsThePrintedDate() {
        String printed = "<h1>Ferry</h1><div class=\"post-date\">3 March 2017</div>";
        assertEquals(LocalDate.of(2017, 3, 1), published(meta("article:published_time", "2017-03-01"), printed, "https://g.example/2017/03/02/f"));
        assertEquals(LocalDate.of(2017, 3, 2), published("", printed, "https://g.example/2017/03/02/f"));
        assertEquals(LocalDate.of(2017, 3, 3), published("", printed, "https://g.example/f"));
    }

    @Test
    void printedDatesInTheLanguagesOfTheNews() {
        String[][] lines = {
                {"Veröffentlicht am 18. November 2019", "2019-11-18"}, {"Von Jana Roth, 18.11.2019, 14:02 Uhr", "2019-11-18"},
                {"Publié le jeudi 27 juin 2019", "2019-06-27"}, {"Publicado el 13 de junio de 2019", "2019-06-13"},
                {"Pubblicato il 3 marzo 2020", "2020-03-03"}, {"Posted on November 18th, 2019 by Ana", "2019-11-18"},
                {"4 Ekim 2021", "2021-10-04"}, {"Am 8. Jänner 2022", "2022-01-08"}, {"2019年11月18日", "2019-11-18"},
                {"Mittwoch, 26.1.22", "2022-01-26"}};
        for (String[] l : lines) {
            assertEquals(LocalDate.parse(l[1]), published("", "<h1>Ferry</h1><p class=\"meta\">" + l[0] + "</p>", null), l[0]);
        }
    }

    @Test
    void slashedDatesFollowThePageLanguage() {
        String us = "<!DOCTYPE html><html lang=\"en-US\"><body><h1>Ferry</h1><span class=\"date\">04/05/2020</span></body></html>";
        String de = us.replace("en-US", "de-DE");
        String gb = us.replace("en-US", "en-GB");
        assertEquals(LocalDate.of(2020, 4, 5), Clean.clean(new RawDocument("a.html", us, Format.HTML, Metadata.EMPTY, null), TODAY).published());
        assertEquals(LocalDate.of(2020, 5, 4), Clean.clean(new RawDocument("a.html", de, Format.HTML, Metadata.EMPTY, null), TODAY).published());
        assertEquals(LocalDate.of(2020, 5, 4), Clean.clean(new RawDocument("a.html", gb, Format.HTML, Metadata.EMPTY, null), TODAY).published());
    }

    @Test
    void thePageOwnDateLineIsTheOneByTheHeadlineNotTheSidebarsOrTheComments() {
        String body = "<div class=\"site-date\">Sunday, 30 June 2024</div>"
                + "<aside><ul><li><span class=\"post-date\">12/06/2024</span> Other story</li></ul></aside>"
                + "<article><h1>Ferry service resumes</h1><p class=\"byline\">By Ana Ruiz | 3 June 2024</p></article>"
                + "<section id=\"comments\"><p class=\"comment-date\">1 June 2024</p></section>";
        assertEquals(LocalDate.of(2024, 6, 3), published("", body, null));
        assertNull(published("", "<h1>Ferry</h1><div id=\"comments\"><span class=\"date\">1 June 2024</span></div>", null));
    }

    @Test
    void aLastChangeIsNotThePublicationDateUnlessItIsAllThePagePrints() {
        assertEquals(LocalDate.of(2023, 5, 2), published("", "<h1>Ferry</h1><p class=\"meta\">Updated 9 May 2023</p>"
                + "<p class=\"meta\">Published 2 May 2023</p>", null));
        assertEquals(LocalDate.of(2023, 5, 9), published("", "<h1>Ferry</h1><p class=\"info\">Zuletzt aktualisiert: 09.05.2023</p>", null));
        // A date meta tag that does not say which date it is comes after everything the page prints.
        assertEquals(LocalDate.of(2023, 5, 2), published("<meta name=\"date\" content=\"2023-05-09\">",
                "<h1>Ferry</h1><p class=\"meta\">2 May 2023</p>", null));
        assertEquals(LocalDate.of(2023, 5, 9), published("<meta name=\"date\" content=\"2023-05-09\">", "", null));
    }

    @Test
    void aDatelineOpeningTheFirstParagraphCountsButDatesInProseDoNotComeFirst() {
        assertEquals(LocalDate.of(2022, 1, 27), published("", "<h1>Ferry</h1><p>Lakeside, 27.1.2022 – The fictional ferry company said on "
                + "Thursday that it would add two crossings a day from March, citing demand.</p>", null));
        assertNull(published("", "<h1>Ferry</h1><p>The company, founded on 3 March 2001 by two brothers who ran a single boat across the "
                + "lake, said on Thursday that it would add two crossings a day.</p>", null));
        assertNull(published("", "<h1>Ferry</h1><p>On 3 March 2021, two brothers who ran a single boat across the lake sold the company "
                + "to a fictional group from the capital.</p>", null));
    }
}

package org.onrecord.clean;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.Ids;
import org.onrecord.model.Metadata;
import org.onrecord.model.RawDocument;

/**
 * The clean stage: a {@link RawDocument} to a {@link Document} with the article body and its metadata.
 * A pure function of one document. Metadata precedence: manifest, then HTML metadata, then a date in
 * the URL, then the text itself; what none of them says stays null.
 *
 * <pre>{@code
 * Document doc = Clean.clean(raw);
 * }</pre>
 */
public final class Clean {
    private Clean() {
    }

    public static Document clean(RawDocument raw) {
        return clean(raw, Dates.today());
    }

    /**
     * Cleans one document; {@code today} bounds the publication date (a later one is no publication date), so a
     * crawl's date can stand in for it.
     */
    public static Document clean(RawDocument raw, LocalDate today) {
        Metadata given = raw.manifest().orElse(new Metadata(raw.url(), null, null, null));
        Cleaned c = raw.format() == Format.HTML ? cleanHtml(raw.text(), given.url(), today) : TextCleaner.clean(raw.text());
        Metadata m = given.orElse(new Metadata(c.url(), c.outlet(), null, c.title()));
        LocalDate published = raw.manifest().published();
        if (published == null) {
            // For HTML, the cleaner already weighed metadata, the URL and the printed date in that order.
            published = raw.format() == Format.HTML ? c.published() : Dates.fromUrl(m.url(), Dates.metadataRange(today));
        }
        if (published == null) {
            published = c.published();
        }
        String title = c.title() != null ? c.title() : raw.manifest().title();
        return new Document(idOf(raw), raw.source(), m.url(), m.outlet(), published, title, c.deck(), c.byline(),
                c.dateline(), c.body(), raw.format(), c.sourceMap(), raw.format() == Format.TEXT ? raw.text() : null);
    }

    /** Only the article body of an HTML page (what the extraction benchmark scores). */
    public static String htmlBody(String html) {
        return HtmlBodyExtractor.extract(Jsoup.parse(html));
    }

    private static Cleaned cleanHtml(String html, String givenUrl, LocalDate today) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, givenUrl == null ? "" : givenUrl);
        HtmlMetadata meta = new HtmlMetadata(page);
        String url = givenUrl != null ? givenUrl : meta.url();
        LocalDate published = published(page, url, today);
        String body = HtmlBodyExtractor.extract(page);
        return new Cleaned(meta.title(), meta.deck(), meta.byline(), TextCleaner.dateline(body), body, null, meta.outlet(),
                published, meta.url());
    }

    /** The page's publication day: its metadata, then a date in its URL, then the date it prints. */
    private static LocalDate published(org.jsoup.nodes.Document page, String url, LocalDate today) {
        PageDates dates = new PageDates(page, today);
        List<Dates.Stamp> stated = dates.stated();
        LocalDate fromUrl = Dates.fromUrl(url, Dates.metadataRange(today));
        if (!stated.isEmpty()) {
            Dates.Stamp first = stated.get(0);
            if (!first.utc()) return first.day();
            // What the reader sees is the surest statement of the outlet's day; then the page's other stamps, the URL.
            LocalDate printed = new PrintedDates(page, today, dates.order()).find();
            return PageDates.outletDay(first, Arrays.asList(printed, PageDates.firstLocal(stated), fromUrl));
        }
        if (fromUrl != null) return fromUrl;
        LocalDate printed = new PrintedDates(page, today, dates.order()).find();
        if (printed != null) return printed;
        Dates.Stamp unspecific = dates.unspecific();
        return unspecific == null ? null : unspecific.day();
    }

    /** The same text always gets the same id, so re-running on the same inputs stores nothing twice. */
    static String idOf(RawDocument raw) {
        return Ids.ofText(raw.text());
    }
}

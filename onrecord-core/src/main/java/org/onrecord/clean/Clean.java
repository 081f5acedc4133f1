package org.onrecord.clean;

import java.time.LocalDate;
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
        Cleaned c = raw.format() == Format.HTML ? cleanHtml(raw.text(), raw.url()) : TextCleaner.clean(raw.text());
        Metadata fromInput = new Metadata(c.url(), c.outlet(), null, c.title());
        Metadata m = raw.manifest().orElse(new Metadata(raw.url(), null, null, null)).orElse(fromInput);
        LocalDate published = raw.manifest().published();
        if (published == null && raw.format() == Format.HTML) {
            published = c.published();
        }
        if (published == null) {
            published = Dates.fromUrl(m.url());
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

    private static Cleaned cleanHtml(String html, String url) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url);
        HtmlMetadata meta = new HtmlMetadata(page);
        String body = HtmlBodyExtractor.extract(page);
        return new Cleaned(meta.title(), meta.deck(), meta.byline(), TextCleaner.dateline(body), body, null, meta.outlet(),
                meta.published(), meta.url());
    }

    /** The same text always gets the same id, so re-running on the same inputs stores nothing twice. */
    static String idOf(RawDocument raw) {
        return Ids.ofText(raw.text());
    }
}

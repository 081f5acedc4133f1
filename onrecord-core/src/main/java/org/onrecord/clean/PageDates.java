package org.onrecord.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The publication day an HTML page states about itself, strongest statement first: Open Graph article meta, JSON-LD
 * {@code datePublished} (in {@code @graph} and arrays too), microdata {@code itemprop=datePublished}, the other
 * publication-date meta names (Dublin Core, Parse.ly, Sailthru...), elements the page marks as its publication time
 * ({@code <time pubdate>}, hAtom's {@code published}), then {@code <time datetime>} when the page's time elements
 * agree on one day. Modified and updated dates are never publication dates.
 */
final class PageDates {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Meta names that say "published", in the order of trust: Open Graph's article namespace first. */
    private static final List<String> OPEN_GRAPH = List.of("article:published_time", "article:published", "og:published_time",
            "og:article:published_time", "og:article:published", "article:publication_date", "og:pubdate", "og:publish_date");
    private static final List<String> PUBLISHED_NAMES = List.of("datepublished", "dc.date.issued", "dcterms.issued",
            "dc.date.published", "dc.date.publication", "citation_publication_date", "citation_date", "prism.publicationdate",
            "parsely-pub-date", "sailthru.date", "article.published", "article_date_original", "original-publish-date",
            "publish-date", "publish_date", "publishdate", "published-date", "published_date", "published_time", "publication_date",
            "publicationdate", "pubdate", "date_published", "dcsext.articlefirstpublished", "cxenseparse:recs:publishtime",
            "rnews:datepublished", "displaydate", "article.created", "datecreated", "dc.date.created", "dcterms.created",
            "dc.created", "created");
    /** Names for "a date" without saying which: often the last edit. Trusted after the specific ones. */
    private static final List<String> UNSPECIFIC_NAMES = List.of("date", "dc.date", "dcterms.date", "dc:date");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "blogposting", "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle", "report",
            "scholarlyarticle", "techarticle", "socialmediaposting", "posting", "creativework");
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

    private final org.jsoup.nodes.Document page;
    private final Dates.Range range;
    private final DateExpressions.Order order;
    private List<Element> metaTags;

    PageDates(org.jsoup.nodes.Document page, LocalDate today) {
        this.page = page;
        this.range = Dates.metadataRange(today);
        this.order = orderOf(page);
    }

    DateExpressions.Order order() {
        return order;
    }

    /** What the page's metadata says, strongest first; empty when it says nothing. */
    List<Dates.Stamp> stated() {
        List<Dates.Stamp> out = new ArrayList<>();
        add(out, meta(OPEN_GRAPH));
        jsonLd(out);
        for (Element e : page.select("[itemprop=datePublished]")) add(out, valueOf(e));
        add(out, meta(PUBLISHED_NAMES));
        add(out, agreeing(page.select("time[pubdate], time.published, time.dt-published, time.entry-date, abbr.published, .published[title]")));
        add(out, agreeing(page.select("time[datetime]")));
        out.removeIf(s -> s == null);
        return out;
    }

    /**
     * The date of elements that mark a publication time, when outside comment threads they all name one day:
     * several days make a list of other posts, none of them this page's date.
     */
    private Dates.Stamp agreeing(List<Element> elements) {
        Set<LocalDate> days = new LinkedHashSet<>();
        Dates.Stamp first = null;
        for (Element e : elements) {
            if (PrintedDates.inComments(e)) continue;
            Dates.Stamp s = valueOf(e);
            if (s == null) continue;
            if (first == null) first = s;
            days.add(s.day());
        }
        return days.size() == 1 ? first : null;
    }

    /**
     * An element's date: the full date it shows, which is what a reader sees, else the machine-readable attribute
     * ({@code content}, {@code datetime}, {@code title}).
     */
    private Dates.Stamp valueOf(Element e) {
        String shown = e.text();
        LocalDate printed = shown.length() <= 80 ? DateExpressions.first(shown, order, false, range) : null;
        for (String attr : List.of("content", "datetime", "title")) {
            if (!e.hasAttr(attr)) continue;
            Dates.Stamp s = Dates.stamp(e.attr(attr), range, order);
            if (s != null) return printed == null || printed.equals(s.day()) ? s : Dates.Stamp.of(printed);
        }
        return Dates.Stamp.of(printed);
    }

    private Dates.Stamp meta(List<String> names) {
        for (String name : names) {
            for (Element m : metaTags()) {
                String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                if (key.equalsIgnoreCase(name)) {
                    Dates.Stamp s = Dates.stamp(m.attr("content"), range, order);
                    if (s != null) return s;
                }
            }
        }
        return null;
    }

    private List<Element> metaTags() {
        if (metaTags == null) metaTags = page.select("meta[content]");
        return metaTags;
    }

    /** A date meta tag that does not say which date it is ("date", Dublin Core's "dc.date"), or null. */
    Dates.Stamp unspecific() {
        return meta(UNSPECIFIC_NAMES);
    }

    /** JSON-LD {@code datePublished}: articles first, then any node; broken JSON is read by pattern. */
    private void jsonLd(List<Dates.Stamp> out) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element s : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), nodes);
            } catch (Exception e) {
                // Broken JSON-LD is common on real pages: read its datePublished by pattern instead.
                Matcher m = LD_PUBLISHED.matcher(s.data());
                if (m.find()) add(out, Dates.stamp(m.group(1), range, order));
            }
        }
        for (boolean articlesOnly : new boolean[]{true, false}) {
            for (JsonNode n : nodes) {
                if (articlesOnly && !isArticle(n)) continue;
                JsonNode v = n.get("datePublished");
                if (v != null && v.isTextual()) add(out, Dates.stamp(v.asText(), range, order));
            }
        }
        for (JsonNode n : nodes) {
            JsonNode v = n.get("dateCreated");
            if (isArticle(n) && v != null && v.isTextual()) add(out, Dates.stamp(v.asText(), range, order));
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) return;
        if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        } else if (n.isObject()) {
            out.add(n);
            n.forEach(c -> {
                if (c.isContainerNode()) collect(c, out);
            });
        }
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) return false;
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static void add(List<Dates.Stamp> out, Dates.Stamp s) {
        if (s != null) out.add(s);
    }

    /**
     * The day at the outlet. A timestamp in UTC may have moved the day: 19:00 on the 18th in New York is 00:00 on
     * the 19th in UTC. When the page states the day elsewhere in its own zone (another timestamp, the URL, the
     * date line) and that day is the UTC day's neighbour on the side the hour allows, that is the outlet's day.
     *
     * @param evidence days the page states otherwise, most trusted first (nulls skipped)
     */
    static LocalDate outletDay(Dates.Stamp stamp, List<LocalDate> evidence) {
        if (!stamp.utc() || stamp.hour() < 0) return stamp.day();
        for (LocalDate other : evidence) {
            if (other == null) continue;
            boolean west = other.equals(stamp.day().minusDays(1)) && stamp.hour() < 12;
            boolean east = other.equals(stamp.day().plusDays(1)) && stamp.hour() >= 10;
            return west || east ? other : stamp.day();
        }
        return stamp.day();
    }

    /** The first stated day written in the page's own zone (not UTC), or null. */
    static LocalDate firstLocal(List<Dates.Stamp> stated) {
        for (Dates.Stamp s : stated) {
            if (!s.utc()) return s.day();
        }
        return null;
    }

    /** Month first for numeric dates on pages in American English (and English with no region), day first elsewhere. */
    static DateExpressions.Order orderOf(org.jsoup.nodes.Document page) {
        String lang = "";
        Element html = page.selectFirst("html[lang]");
        if (html != null) lang = html.attr("lang");
        if (lang.isBlank()) {
            Element m = page.selectFirst("meta[http-equiv=content-language][content], meta[property=og:locale][content]");
            if (m != null) lang = m.attr("content");
        }
        String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return l.equals("en") || l.equals("en-us") ? DateExpressions.Order.MONTH_FIRST : DateExpressions.Order.DAY_FIRST;
    }
}

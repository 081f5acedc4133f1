package org.onrecord.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about itself: Open Graph and article meta tags, JSON-LD NewsArticle. Each getter
 * returns null when the page does not say; the publication date is {@link PageDates}'s.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "webpage", "liveblogposting", "backgroundnewsarticle");

    private final org.jsoup.nodes.Document page;
    private final List<JsonNode> jsonLd;

    HtmlMetadata(org.jsoup.nodes.Document page) {
        this.page = page;
        this.jsonLd = jsonLdArticles(page);
    }

    String title() {
        String t = meta("og:title", "twitter:title");
        if (t == null) t = ld("headline");
        if (t == null) {
            Element h1 = page.selectFirst("h1");
            t = h1 == null ? null : h1.text();
        }
        if (t == null || t.isBlank()) t = page.title();
        return t == null || t.isBlank() ? null : t.strip();
    }

    String outlet() {
        String o = meta("og:site_name", "application-name");
        if (o == null) {
            for (JsonNode n : jsonLd) {
                JsonNode p = n.path("publisher");
                if (p.isArray() && p.size() > 0) p = p.get(0);
                if (p.hasNonNull("name")) {
                    o = p.get("name").asText();
                    break;
                }
            }
        }
        return o == null || o.isBlank() ? null : o.strip();
    }

    /**
     * The standfirst under the headline: an element the page marks as one ("dek", "standfirst", "subtitle",
     * {@code alternativeHeadline}), else the summary the page gives for sharing.
     */
    String deck() {
        Element marked = page.selectFirst("[itemprop=alternativeHeadline], .dek, .deck, .standfirst, .subheadline, .sub-headline, "
                + ".subtitle, .article-subtitle, .summary-lead, article header h2");
        String d = marked != null ? marked.text() : ld("alternativeHeadline");
        if (d == null || d.isBlank()) d = meta("og:description", "twitter:description", "description");
        if (d == null || d.isBlank()) d = ld("description");
        return clip(d, 600);
    }

    /** Who wrote it: author meta tags and JSON-LD (names, not profile URLs), else the page's byline element. */
    String byline() {
        List<String> names = new ArrayList<>();
        for (JsonNode n : jsonLd) {
            JsonNode a = n.get("author");
            if (a == null) continue;
            for (JsonNode one : a.isArray() ? a : List.of(a)) {
                String name = one.isTextual() ? one.asText() : one.path("name").asText("");
                if (!name.isBlank() && !isUrl(name) && !names.contains(name.strip())) names.add(name.strip());
            }
            if (!names.isEmpty()) break;
        }
        if (names.isEmpty()) {
            String m = meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl");
            if (m != null && !isUrl(m)) names.add(m);
        }
        if (names.isEmpty()) {
            Element el = page.selectFirst("[rel=author], [itemprop=author], .byline, .author-name, [class*=byline]");
            if (el != null && !el.text().isBlank()) names.add(el.text());
        }
        if (names.isEmpty()) return null;
        return clip(BY.matcher(String.join(", ", names)).replaceFirst(""), 200);
    }

    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");

    private static boolean isUrl(String s) {
        return s.strip().matches("(?i)https?://\\S*");
    }

    /** Collapsed whitespace, at most {@code max} characters, null when blank. */
    private static String clip(String s, int max) {
        if (s == null) return null;
        String t = s.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) return null;
        return t.length() <= max ? t : t.substring(0, max).strip() + "…";
    }

    String url() {
        String u = meta("og:url");
        if (u == null) {
            Element canonical = page.selectFirst("link[rel=canonical][href]");
            u = canonical == null ? null : canonical.attr("abs:href");
        }
        return u == null || u.isBlank() ? null : u.strip();
    }

    private String meta(String... names) {
        for (String name : names) {
            for (Element m : page.select("meta[content]")) {
                String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                    return m.attr("content");
                }
            }
        }
        return null;
    }

    private String ld(String field) {
        for (JsonNode n : jsonLd) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return null;
    }

    private static List<JsonNode> jsonLdArticles(org.jsoup.nodes.Document page) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out);
            } catch (Exception e) {
                // Broken JSON-LD is common on real pages; the other metadata sources still apply.
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) return;
        if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        } else if (n.isObject()) {
            if (n.has("@graph")) collect(n.get("@graph"), out);
            JsonNode type = n.get("@type");
            String t = type == null ? "" : (type.isArray() && type.size() > 0 ? type.get(0) : type).asText().toLowerCase(Locale.ROOT);
            if (ARTICLE_TYPES.contains(t)) out.add(n);
        }
    }
}

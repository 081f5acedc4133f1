package org.onrecord.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body in an HTML page. Paragraph-like blocks score their ancestors by length and
 * punctuation (the Readability idea); the best-scoring container, with sibling containers that look
 * like more of the same article, is rendered to paragraphs; link lists, boilerplate lines and
 * captions are dropped on the way.
 */
final class HtmlBodyExtractor {
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "iframe", "svg", "canvas", "button",
            "input", "select", "textarea", "nav", "aside", "footer", "figcaption", "figure", "template", "object", "embed",
            "video", "audio", "picture", "img", "link", "meta", "dialog", "menu");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd",
            "dt", "td", "tr", "table", "tbody", "th", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "header", "br",
            "hr", "center", "address", "form", "fieldset", "details", "summary", "body");
    private static final Pattern UNLIKELY = Pattern.compile(
            "comment|share|sharing|social|related|recommend|newsletter|subscri|promo|advert|\\bads?\\b|ad-|-ad\\b|sponsor|popular"
                    + "|trending|sidebar|footer|breadcrumb|\\btags?\\b|author-bio|caption|cookie|consent|modal|popup|\\bnav|menu"
                    + "|widget|outbrain|taboola|disqus|paywall|signup|sign-up|login|masthead|byline|dateline|timestamp|toolbar"
                    + "|print-only|hidden|skip-link|most-read|read-more|readmore|more-stories|teaser|rail|banner|credit|tooltip",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIKELY = Pattern.compile(
            "article|body|content|story|entry|main|post-text|text|prose|column", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|page|post|text|blog|story|prose", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll"
                    + "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|byline|social|newsletter",
            Pattern.CASE_INSENSITIVE);

    /** One rendered paragraph of the chosen container. */
    record Block(String text, int linkChars, String tag) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private HtmlBodyExtractor() {
    }

    static String extract(org.jsoup.nodes.Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        Element root = body.clone();
        prune(root);
        Element top = topCandidate(root);
        if (top == null) {
            return join(render(root));
        }
        List<Block> blocks = new ArrayList<>();
        for (Element part : withSiblings(top)) {
            blocks.addAll(render(part));
        }
        return join(blocks);
    }

    private static void prune(Element root) {
        for (Element e : root.select("*")) {
            if (e.parent() == null && e != root) continue;
            String tag = e.normalName();
            if (JUNK_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || e.attr("style").replace(" ", "").contains("display:none")) {
                e.remove();
            }
        }
        for (Element e : root.select("header, form")) {
            if (e.parent() != null && textOfParagraphs(e) < 200) e.remove();
        }
        int total = Math.max(1, plainText(root));
        for (Element e : root.select("*")) {
            if (e.parent() == null || e == root) continue;
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("body")) continue;
            String sig = e.className() + " " + e.id();
            if (sig.isBlank() || !UNLIKELY.matcher(sig).find() || LIKELY.matcher(sig).find()) continue;
            // Never drop a container holding much of the page's paragraph text: its name misled us.
            if (plainText(e) * 3 > total) continue;
            e.remove();
        }
    }

    private static int textOfParagraphs(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }

    /** Length of the text outside links: what a reader reads rather than clicks. */
    private static int plainText(Element e) {
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.max(0, e.text().length() - links);
    }

    private static Element topCandidate(Element root) {
        // in document order (jsoup elements are equal only to themselves): an identity hash order changes from run to
        // run, and between candidates of equal score it picked a different body each time
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : root.select("p, pre, td, div, section, article, blockquote")) {
            String tag = p.normalName();
            boolean container = tag.equals("div") || tag.equals("section") || tag.equals("article");
            // A container counts for the text written directly in it (text with <br>s, no <p>).
            String text = container && hasBlockChild(p) ? p.ownText() : p.text();
            if (container && !hasBlockChild(p) && tag.equals("section")) text = p.ownText();
            if (text.length() < 25) continue;
            double score = 1 + count(text, ',') + count(text, '，') + Math.min(text.length() / 100, 3);
            Element parent = container ? p : p.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                scores.putIfAbsent(parent, initialScore(parent));
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(parent, score * share, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            String t = c.normalName();
            if (t.equals("p") || t.equals("div") || t.equals("section") || t.equals("article") || t.equals("table")
                    || t.equals("ul") || t.equals("ol") || t.equals("blockquote") || t.equals("pre")) return true;
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    private static double classWeight(Element e) {
        double w = 0;
        for (String s : new String[]{e.className(), e.id()}) {
            if (s.isEmpty()) continue;
            if (NEGATIVE.matcher(s).find()) w -= 25;
            if (POSITIVE.matcher(s).find()) w += 25;
        }
        return w;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1, (double) links / total);
    }

    /** The top container and those of its siblings that look like further parts of the article. */
    private static List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        List<Element> parts = new ArrayList<>();
        String topClass = top.className();
        for (Element s : parent.children()) {
            if (s == top) {
                parts.add(s);
                continue;
            }
            String text = s.text();
            double ld = linkDensity(s);
            boolean sameKind = !topClass.isEmpty() && topClass.equals(s.className()) && ld < 0.3 && text.length() > 20;
            boolean paragraph = s.normalName().equals("p") && (text.length() > 80 && ld < 0.25
                    || text.length() > 0 && ld == 0 && text.matches("(?s).*[.!?][\"”’]?$"));
            if (sameKind || paragraph) parts.add(s);
        }
        return parts;
    }

    /** Renders an element to paragraphs: a new paragraph at every block boundary. */
    static List<Block> render(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        Map<String, String> state = new HashMap<>();
        state.put("tag", "p");
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (s.isBlank()) {
                        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
                        return;
                    }
                    int before = text.length();
                    appendCollapsed(text, s);
                    if (insideLink(t)) linkChars[0] += text.length() - before;
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(out, text, linkChars, state.get("tag"));
                    state.put("tag", e.normalName());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(out, text, linkChars, state.get("tag"));
                    // Text after a closed block belongs to the enclosing element, not to the block.
                    state.put("tag", e.parent() == null ? "div" : e.parent().normalName());
                }
            }
        }, root);
        flush(out, text, linkChars, state.get("tag"));
        return out;
    }

    private static boolean insideLink(Node n) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p instanceof Element e && e.normalName().equals("a")) return true;
        }
        return false;
    }

    private static void appendCollapsed(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            } else {
                sb.append(c);
            }
        }
    }

    private static void flush(List<Block> out, StringBuilder text, int[] linkChars, String tag) {
        String s = text.toString().strip();
        if (!s.isEmpty()) out.add(new Block(s, linkChars[0], tag));
        text.setLength(0);
        linkChars[0] = 0;
    }

    private static String join(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (!keep(b)) continue;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(b.text());
        }
        return sb.toString();
    }

    private static boolean keep(Block b) {
        String t = b.text();
        // The headline is metadata (the title), not body text.
        if (b.tag().equals("h1")) return false;
        if (b.linkDensity() > 0.5 && t.length() < 400) return false;
        return !Boilerplate.isBoilerplateLine(t);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

}

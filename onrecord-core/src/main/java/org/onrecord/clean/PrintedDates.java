package org.onrecord.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The publication day a page prints for readers when its metadata is silent: the date line or byline (an element
 * the page names as a date, a time, a byline or the post's meta line), the headline, the page's time elements,
 * then the first short line of text that is a date. Dates inside comment threads are other people's.
 */
final class PrintedDates {
    /** Class, id or itemprop of an element that holds a post's date or its byline, in the words themes use. */
    private static final Pattern DATE_LIKE = Pattern.compile("date|datum|time|zeit|publi|posted|submitted|created|byline|dateline"
            + "|meta|info|author|autor|fecha|parution|subline|stamp", Pattern.CASE_INSENSITIVE);
    /** A class or id that opens a comment thread ("comments", "comment-list", "respond"); "category-kommentar" does not. */
    private static final Pattern COMMENTS = Pattern.compile("(?<![\\w-])(comment|kommentar|respond|repl(y|ies)|discussion)",
            Pattern.CASE_INSENSITIVE);
    /** Words that introduce the date of a page's last change, which is not its publication date. */
    private static final Pattern MODIFIED = Pattern.compile("updated|modified|edited|changed|revised|geändert|aktualisiert"
            + "|editiert|bearbeitet|mis à jour|modifié|actualizado|aggiornato|bijgewerkt", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Longer than this, a text is prose, and a date in it is an event rather than the date line. */
    private static final int DATE_LINE = 100;
    /** What may stand before a dateline's date: nothing, or a place name and a comma or bracket. */
    private static final Pattern PLACE = Pattern.compile("(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s*)+[,(]\\s*\\(?)?");
    /** How far into a paragraph its dateline may reach. */
    private static final int DATELINE_HEAD = 40;

    private final org.jsoup.nodes.Document page;
    private final Dates.Range range;
    private final DateExpressions.Order order;

    PrintedDates(org.jsoup.nodes.Document page, LocalDate today, DateExpressions.Order order) {
        this.page = page;
        this.range = Dates.textRange(today);
        this.order = order;
    }

    /** A date printed on the page: where (the element's place in document order), and whether the page names it a date. */
    private record Line(LocalDate day, int at, boolean named, boolean revised) {
    }

    /** The date a reader sees as the page's date, or null. */
    LocalDate find() {
        // every element under the body in document order; the selector "body *" checks each element's ancestors with a
        // memo that made 5,000 nested divs cost minutes
        List<Element> elements = page.body() == null ? List.of() : page.body().getAllElements().stream().skip(1).toList();
        List<Line> lines = lines(elements);
        int head = headlineAt(elements);
        LocalDate d = nearest(lines, head, true);
        if (d == null) d = headline();
        if (d == null) d = timeElements();
        if (d == null) d = nearest(lines, head, false);
        // A page that prints only when it was last changed: that is the nearest to a date it has.
        if (d == null) d = lines.stream().filter(Line::revised).map(Line::day).findFirst().orElse(null);
        return d;
    }

    /**
     * The named date line nearest the headline (a page's own date sits by its headline; other dates on the page
     * belong to lists, sidebars and the site's header), else the first in the page; or with {@code named} false,
     * the same among every short line that is a date.
     */
    private static LocalDate nearest(List<Line> lines, int head, boolean named) {
        Line best = null;
        for (Line l : lines) {
            if (l.revised() || named && !l.named()) continue;
            if (best == null || head >= 0 && Math.abs(l.at() - head) < Math.abs(best.at() - head)) best = l;
        }
        return best == null ? null : best.day();
    }

    private List<Line> lines(List<Element> elements) {
        List<Line> out = new ArrayList<>();
        Map<Element, Boolean> inThread = new IdentityHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            // Document order puts a parent before its children: a comment thread is known before its contents.
            boolean thread = inThread.getOrDefault(e.parent(), false) || opensThread(e);
            inThread.put(e, thread);
            String tag = e.normalName();
            if (thread || tag.equals("script") || tag.equals("style")) continue;
            String sig = e.className() + " " + e.id() + " " + e.attr("itemprop");
            boolean named = !sig.isBlank() && DATE_LIKE.matcher(sig).find();
            String line = named ? shortText(e) : null;
            LocalDate d = null;
            if (line != null) d = published(line, true);
            if (d == null && named && e.hasAttr("title")) d = published(e.attr("title"), false);
            for (TextNode t : e.textNodes()) {
                if (d != null) break;
                String text = t.text().strip();
                // A long text may open with its dateline: "Berlin, 27.1.2022 – ...".
                if (text.length() > DATE_LINE) text = opening(text);
                d = published(text, false);
            }
            if (d != null) {
                out.add(new Line(d, i, named, false));
            } else if (line != null) {
                d = DateExpressions.first(line, order, true, range);
                if (d != null) out.add(new Line(d, i, true, true));
            }
        }
        return out;
    }

    /** An element's text when it is a line (at most {@link #DATE_LINE} characters), else null; stops reading early. */
    private static String shortText(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) sb.append(t.text()).append(' ');
                return sb.length() > 3 * DATE_LINE ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        String text = sb.toString().replaceAll("\\s+", " ").strip();
        return text.length() <= DATE_LINE ? text : null;
    }

    /**
     * The dateline a paragraph opens with: a date at its very start, or after a place ("Lakeside, 27.1.2022 –",
     * "Karlsruhe, (12.11.2021)."); the empty string when it opens otherwise, for a date in a sentence is an event.
     */
    private String opening(String text) {
        for (DateExpressions.Found f : DateExpressions.all(text.substring(0, Math.min(text.length(), DATELINE_HEAD)), order, false, range)) {
            return PLACE.matcher(text.substring(0, f.start())).matches() ? text.substring(0, f.end()) : "";
        }
        return "";
    }

    /** The first date in a line that is not introduced as the last change ("Updated: 3 May 2021"), or null. */
    private LocalDate published(String text, boolean shortYears) {
        int from = 0;
        for (DateExpressions.Found f : DateExpressions.all(text, order, shortYears, range)) {
            if (!MODIFIED.matcher(text.substring(from, f.start())).find()) return f.day();
            from = f.end();
        }
        return null;
    }

    /** Where the headline is: the first h1, else the first heading the page's title begins with; -1 if none. */
    private int headlineAt(List<Element> elements) {
        String title = page.title().strip();
        int firstHeading = -1;
        for (int i = 0; i < elements.size(); i++) {
            String tag = elements.get(i).normalName();
            if (tag.equals("h1")) return i;
            if (firstHeading < 0 && (tag.equals("h2") || tag.equals("h3"))) {
                String h = elements.get(i).text().strip();
                if (h.length() >= 10 && title.startsWith(h)) firstHeading = i;
            }
        }
        return firstHeading;
    }

    private LocalDate headline() {
        for (Element h : page.select("h1")) {
            LocalDate d = DateExpressions.first(h.text(), order, false, range);
            if (d != null) return d;
        }
        return DateExpressions.first(page.title(), order, false, range);
    }

    private LocalDate timeElements() {
        for (Element t : page.select("time")) {
            if (inComments(t)) continue;
            LocalDate d = DateExpressions.first(t.text(), order, true, range);
            if (d == null) d = dayOf(t.attr("datetime"));
            if (d != null) return d;
        }
        return null;
    }

    private LocalDate dayOf(String value) {
        Dates.Stamp s = Dates.stamp(value, range, order);
        return s == null ? null : s.day();
    }

    static boolean inComments(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (opensThread(a)) return true;
        }
        return false;
    }

    private static boolean opensThread(Element e) {
        String sig = e.className() + " " + e.id();
        return !sig.isBlank() && COMMENTS.matcher(sig).find();
    }
}

package org.onrecord.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The publication day a page prints for readers when its metadata is silent: the date line or byline (an element
 * the page names as a date, a time, a byline or the post's meta line), the headline, the page's time elements,
 * then the first short line of text that is a date. Dates inside comment threads are other people's.
 */
final class PrintedDates {
    /** Class, id or itemprop of an element that holds a post's date or its byline, in the words themes use. */
    private static final Pattern DATE_LIKE = Pattern.compile("date|datum|time|zeit|publi|posted|submitted|created|byline|dateline"
            + "|meta|info|author|autor|fecha|parution|subline|stamp", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENTS = Pattern.compile("comment|kommentar|respond|reply|discussion", Pattern.CASE_INSENSITIVE);
    /** Longer than this, a text is prose, and a date in it is an event rather than the date line. */
    private static final int DATE_LINE = 100;

    private final org.jsoup.nodes.Document page;
    private final Dates.Range range;
    private final DateExpressions.Order order;

    PrintedDates(org.jsoup.nodes.Document page, LocalDate today, DateExpressions.Order order) {
        this.page = page;
        this.range = Dates.textRange(today);
        this.order = order;
    }

    /** The date a reader sees as the page's date, or null. */
    LocalDate find() {
        LocalDate d = dateLines();
        if (d == null) d = headline();
        if (d == null) d = timeElements();
        if (d == null) d = shortLines();
        return d;
    }

    private LocalDate dateLines() {
        for (Element e : page.select("body *")) {
            String sig = e.className() + " " + e.id() + " " + e.attr("itemprop");
            if (sig.isBlank() || !DATE_LIKE.matcher(sig).find() || inComments(e)) continue;
            String text = e.text();
            LocalDate d = text.length() <= DATE_LINE ? DateExpressions.first(text, order, true, range) : null;
            if (d == null && e.hasAttr("title")) d = DateExpressions.first(e.attr("title"), order, false, range);
            if (d != null) return d;
        }
        return null;
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

    /** The first short run of text (a text node, not prose) that holds a whole date. */
    private LocalDate shortLines() {
        Element body = page.body();
        if (body == null) return null;
        for (TextNode t : textNodes(body)) {
            String s = t.text().strip();
            if (s.length() < 6 || s.length() > DATE_LINE) continue;
            Element p = t.parent();
            if (p != null && (p.normalName().equals("script") || p.normalName().equals("style") || inComments(p))) continue;
            LocalDate d = DateExpressions.first(s, order, false, range);
            if (d != null) return d;
        }
        return null;
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> out = new ArrayList<>();
        root.traverse((Node n, int depth) -> {
            if (n instanceof TextNode t && !t.isBlank()) out.add(t);
        });
        return out;
    }

    private static boolean inComments(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String sig = a.className() + " " + a.id();
            if (!sig.isBlank() && COMMENTS.matcher(sig).find()) return true;
        }
        return false;
    }
}

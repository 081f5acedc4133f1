package org.onrecord.analyse;

import java.util.Map;
import org.onrecord.model.Document;
import org.onrecord.model.Statement;

/** When a statement was made, as far as known: its said_on, else its article's date; null when undated. */
final class Dated {
    private Dated() {
    }

    static String date(Statement s, Map<String, Document> docs) {
        if (s.saidOn() != null) return s.saidOn();
        Document d = docs.get(s.doc());
        return d == null || d.published() == null ? null : d.published().toString();
    }

    /** Earlier first; undated last. */
    static int compare(Statement a, Statement b, Map<String, Document> docs) {
        String x = date(a, docs), y = date(b, docs);
        if (x == null || y == null) return x == null ? (y == null ? a.id().compareTo(b.id()) : 1) : -1;
        int c = x.compareTo(y);
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    static String outlet(Statement s, Map<String, Document> docs) {
        return outlet(docs.get(s.doc()));
    }

    /** The outlet's name, else its URL, else "outlet unknown" with the file name. */
    static String outlet(Document d) {
        if (d == null) return "an unknown outlet";
        if (d.outlet() != null) return d.outlet();
        return d.url() != null ? d.url() : "outlet unknown, " + d.source().replaceAll(".*/", "");
    }

    /** The day the words were said, or "article of DAY" when only the article is dated, or "undated": as the timeline shows it. */
    static String when(Statement s, Map<String, Document> docs) {
        if (s.saidOn() != null) return s.saidOn();
        Document d = docs.get(s.doc());
        return d == null || d.published() == null ? "undated" : "article of " + d.published();
    }
}

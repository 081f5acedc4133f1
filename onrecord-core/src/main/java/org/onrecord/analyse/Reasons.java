package org.onrecord.analyse;

import java.util.Map;
import org.onrecord.model.Document;
import org.onrecord.model.Statement;

/** The sentences a reader checks a finding by: both dates, both outlets, both statements quoted. */
final class Reasons {
    private Reasons() {
    }

    static String contradiction(Claim a, Claim b, Map<String, Document> docs) {
        return String.format("On %s (%s) %s %s; on %s (%s) %s. %s",
                Dated.when(a.statement(), docs), Dated.outlet(a.statement(), docs), a.statement().speaker(), said(a),
                Dated.when(b.statement(), docs), Dated.outlet(b.statement(), docs), said(b), why(a, b));
    }

    static String shift(Claim a, Claim b, Map<String, Document> docs) {
        return String.format("On %s (%s) %s %s; on %s (%s) the denial was narrowed to %s: %s.",
                Dated.when(a.statement(), docs), Dated.outlet(a.statement(), docs), a.statement().speaker(), said(a),
                Dated.when(b.statement(), docs), Dated.outlet(b.statement(), docs), b.scope().describe(), quote(b.statement()));
    }

    static String colleagues(Claim a, Claim b, Map<String, Document> docs) {
        return String.format("Two officials of one state disagree: on %s (%s) %s %s; on %s (%s) %s %s. %s",
                Dated.when(a.statement(), docs), Dated.outlet(a.statement(), docs), a.statement().speaker(), said(a),
                Dated.when(b.statement(), docs), Dated.outlet(b.statement(), docs), b.statement().speaker(), said(b), why(a, b));
    }

    static String disputed(Claim claim, Claim denial, Map<String, Document> docs) {
        return String.format("%s (%s, %s) asserts the %s that %s denied: %s against %s (%s, %s).",
                claim.statement().speaker(), Dated.outlet(claim.statement(), docs), Dated.when(claim.statement(), docs),
                claim.topic(), denial.statement().speaker(), quote(claim.statement()), quote(denial.statement()),
                Dated.outlet(denial.statement(), docs), Dated.when(denial.statement(), docs));
    }

    private static String said(Claim c) {
        return (c.positive() ? "said " : "denied ") + quote(c.statement());
    }

    private static String why(Claim a, Claim b) {
        Claim neg = a.positive() ? b : a, pos = a.positive() ? a : b;
        String item = pos.item() == null ? "it" : pos.item();
        return String.format("The denial covers %s and %s; the admission concerns %s %s.",
                neg.item() == null ? "any " + neg.action() : "any " + neg.item(), neg.scope().describe(), item, pos.scope().describe());
    }

    static String quote(Statement s) {
        String t = s.text().strip();
        if (t.length() > 220) t = t.substring(0, 217) + "…";
        return "“" + t + "”";
    }
}

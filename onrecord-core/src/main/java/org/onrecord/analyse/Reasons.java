package org.onrecord.analyse;

import java.util.List;
import java.util.Map;
import org.onrecord.model.Document;
import org.onrecord.model.Statement;

/** The sentences a reader checks a finding by: both dates, both outlets, both statements quoted, the reason named. */
final class Reasons {
    private Reasons() {
    }

    static String contradiction(Statement a, Statement b, Compare.Verdict v, Map<String, Document> docs) {
        return String.format("%s said %s (%s); %s (%s). Contradiction: %s.", a.speaker(), quote(a), where(a, docs),
                later(a, b, docs), where(b, docs), v.why());
    }

    static String shift(Statement a, Statement b, Compare.Verdict v, Map<String, Document> docs) {
        return String.format("%s said %s (%s); %s (%s). Shift, not a contradiction: %s.", a.speaker(), quote(a), where(a, docs),
                later(a, b, docs), where(b, docs), v.why());
    }

    static String colleagues(Statement a, Statement b, Compare.Verdict v, String body, Map<String, Document> docs) {
        return String.format("Two people of %s disagree: %s said %s (%s); %s said %s (%s). Inconsistency: %s.", body, a.speaker(), quote(a),
                where(a, docs), b.speaker(), quote(b), where(b, docs), v.why());
    }

    static String disputed(Statement claim, Statement denial, List<Statement> others, String topic, Map<String, Document> docs) {
        String more = others.isEmpty() ? "" : String.format(" Also reported by %d more: %s.", others.size(),
                String.join("; ", others.stream().limit(5).map(s -> who(s, docs) + " (" + where(s, docs) + ")").toList()));
        return String.format("%s asserts %s (%s); %s denies it: %s (%s). Disputed%s.%s", who(claim, docs), quote(claim), where(claim, docs),
                who(denial, docs), quote(denial), where(denial, docs), topic == null ? "" : ": " + topic, more);
    }

    private static String later(Statement a, Statement b, Map<String, Document> docs) {
        return (b.speaker() != null && b.speaker().equals(a.speaker()) ? "then said " : b.speaker() + " said ") + quote(b);
    }

    /** The speaker, or for unattributed words the outlet that prints them as its own report. */
    static String who(Statement s, Map<String, Document> docs) {
        String sp = Findings.speaker(s);
        return sp != null ? sp : Dated.outlet(s, docs) + "'s report";
    }

    /** "The Cradle, 2022-10-24" or "outlet, article of 2022-12-02" when only the article is dated. */
    static String where(Statement s, Map<String, Document> docs) {
        return Dated.outlet(s, docs) + ", " + Dated.when(s, docs);
    }

    static String quote(Statement s) {
        String t = s.text().strip();
        if (t.length() > 220) t = t.substring(0, 217) + "…";
        return "“" + t + "”";
    }
}

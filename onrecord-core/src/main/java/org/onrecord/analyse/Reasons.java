package org.onrecord.analyse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onrecord.model.Document;
import org.onrecord.model.Statement;

/** The sentences a reader checks a finding by: both statements quoted, both dates and outlets, the judge's confidence. */
final class Reasons {
    private Reasons() {
    }

    static String contradiction(Statement a, Statement b, double confidence, Map<String, Document> docs) {
        return String.format(Locale.ROOT, "%s said %s (%s); %s (%s). The judge reads these as contradictory (confidence %.2f).",
                a.speaker(), quote(a), where(a, docs), later(a, b), where(b, docs), confidence);
    }

    static String shift(Statement a, Statement b, double confidence, Map<String, Document> docs) {
        return String.format(Locale.ROOT, "%s said %s (%s); %s (%s). Shift, not a contradiction: the earlier statement covers the later, "
                + "narrower one, not the other way round (confidence %.2f).", a.speaker(), quote(a), where(a, docs), later(a, b), where(b, docs), confidence);
    }

    static String colleagues(Statement a, Statement b, double confidence, String body, Map<String, Document> docs) {
        return String.format(Locale.ROOT, "Two people of %s disagree: %s said %s (%s); %s said %s (%s). The judge reads these as "
                + "contradictory (confidence %.2f).", body, a.speaker(), quote(a), where(a, docs), b.speaker(), quote(b), where(b, docs), confidence);
    }

    static String disputed(Statement claim, Statement denial, List<Statement> others, double confidence, Map<String, Document> docs) {
        String more = others.isEmpty() ? "" : String.format(" Also reported by %d more: %s.", others.size(),
                String.join("; ", others.stream().limit(5).map(s -> who(s, docs) + " (" + where(s, docs) + ")").toList()));
        return String.format(Locale.ROOT, "%s asserts %s (%s); %s answers %s (%s). Disputed: the judge reads these as contradictory "
                + "(confidence %.2f).%s", who(claim, docs), quote(claim), where(claim, docs), who(denial, docs), quote(denial),
                where(denial, docs), confidence, more);
    }

    private static String later(Statement a, Statement b) {
        return (b.speaker() != null && b.speaker().equals(a.speaker()) ? "then said " : b.speaker() + " said ") + quote(b);
    }

    /** The speaker, or for unattributed words the outlet that prints them as its own report. */
    static String who(Statement s, Map<String, Document> docs) {
        String sp = SideIndex.speaker(s);
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

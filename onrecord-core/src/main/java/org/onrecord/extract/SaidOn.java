package org.onrecord.extract;

import java.util.List;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.TimeExpression;

/**
 * When the words were spoken, from a date in the statement's own reporting clause: "said Saturday",
 * "reiterated on Monday", "On Monday, the ambassador called ...". Dates inside the quotation, or inside
 * the reported content ("told the Post that on Aug. 19 ..."), are about something else. Values keep
 * the precision the text gives (day, week, month) and are null without a publication date to anchor
 * relative expressions.
 */
final class SaidOn {
    private SaidOn() {
    }

    static String of(Annotated a, Candidate c, List<Quote> quotes) {
        if (c.cue() == null) return null;
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : Extract.timesIn(a, c.frameStart(), c.frameEnd())) {
            if (!t.isCalendarValue() || Extract.insideQuote(quotes, t.start())) continue;
            if (t.start() < c.end() && t.end() > c.start()) continue;
            // a date after the content's start belongs to the content, unless it directly follows the cue
            boolean inContent = !c.quotation() && t.start() >= c.start() && t.start() < c.end();
            int distance = t.start() >= c.cue().end() ? t.start() - c.cue().end() : c.cue().start() - t.end();
            if (inContent && distance > 3) continue;
            if (t.start() > c.cue().end() && c.quotation() && t.start() > c.start() && distance > 40) continue;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = t;
            }
        }
        return best == null ? null : best.value();
    }
}

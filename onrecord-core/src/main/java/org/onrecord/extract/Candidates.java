package org.onrecord.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onrecord.annotate.Annotated;
import org.onrecord.model.Statement;
import org.onrecord.model.Statement.Span;

/**
 * The statements of a document before speakers are resolved: every relation the tagger found and every
 * quotation. A relation whose content is quotations and nothing else gives one statement per quotation (direct, or
 * partial when it stands inside prose); any other relation gives one indirect statement over its content, plus a
 * partial statement for each quotation inside it. A quotation no relation covers is a statement without a cue.
 */
final class Candidates {
    private Candidates() {
    }

    static List<Candidate> of(Annotated a, List<Quote> quotes, List<Attribution> relations) {
        String body = a.doc().body();
        List<Candidate> out = new ArrayList<>();
        boolean[] covered = new boolean[quotes.size()];
        for (Attribution r : relations) {
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < quotes.size(); i++) {
                if (overlaps(r, quotes.get(i))) inside.add(i);
            }
            if (!inside.isEmpty() && onlyQuotations(body, r.content(), quotes, inside)) {
                for (int i : inside) {
                    covered[i] = true;
                    out.add(quotation(a, body, quotes.get(i), r.cue(), r.source()));
                }
                continue;
            }
            // each piece of a discontinuous content is its own statement: the words between pieces are the cue and
            // source ("“...,” said X, “...”"), never part of what was said
            for (Span piece : r.content()) {
                List<Integer> in = new ArrayList<>();
                for (int i : inside) if (overlaps(piece, quotes.get(i))) in.add(i);
                if (!in.isEmpty() && onlyQuotations(body, List.of(piece), quotes, in)) {
                    for (int i : in) {
                        covered[i] = true;
                        out.add(quotation(a, body, quotes.get(i), r.cue(), r.source()));
                    }
                    continue;
                }
                int[] content = withoutComplementizer(body, trim(body, piece.start(), piece.end()));
                if (content[1] <= content[0]) continue;
                int[] frame = Extract.frame(a, Math.min(content[0], r.cue().start()), Math.max(content[1], r.cue().end()));
                out.add(new Candidate(Statement.Kind.INDIRECT, content[0], content[1], frame[0], frame[1], r.cue(), r.source(),
                        Extract.paragraph(a, content[0]), false));
                for (int i : in) {
                    covered[i] = true;
                    Quote q = quotes.get(i);
                    out.add(new Candidate(Statement.Kind.PARTIAL, q.start(), q.end(), frame[0], frame[1], r.cue(), r.source(),
                            Extract.paragraph(a, q.open()), true));
                }
            }
        }
        for (int i = 0; i < quotes.size(); i++) {
            if (!covered[i]) out.add(quotation(a, body, quotes.get(i), null, null));
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -c.end()));
        return out;
    }

    private static Candidate quotation(Annotated a, String body, Quote q, Span cue, Span source) {
        int from = q.open(), to = q.end();
        if (cue != null) {
            from = Math.min(from, cue.start());
            to = Math.max(to, cue.end());
        }
        int[] frame = Extract.frame(a, from, to);
        return new Candidate(QuoteKind.of(body, q), q.start(), q.end(), frame[0], frame[1], cue, source,
                Extract.paragraph(a, q.open()), true);
    }

    private static boolean overlaps(Attribution r, Quote q) {
        for (Span s : r.content()) {
            if (overlaps(s, q)) return true;
        }
        return false;
    }

    private static boolean overlaps(Span s, Quote q) {
        return q.start() < s.end() && q.end() > s.start();
    }

    /** The content holds no words outside the quotations (marks, spaces and punctuation aside). */
    private static boolean onlyQuotations(String body, List<Span> content, List<Quote> quotes, List<Integer> inside) {
        for (Span s : content) {
            for (int p = s.start(); p < s.end(); p++) {
                if (!Character.isLetterOrDigit(body.charAt(p))) continue;
                boolean in = false;
                for (int i : inside) {
                    Quote q = quotes.get(i);
                    if (p >= q.start() && p < q.end()) {
                        in = true;
                        break;
                    }
                }
                if (!in) return false;
            }
        }
        return true;
    }

    /** Content without surrounding spaces, quotation marks left dangling, or the sentence's closing stop. */
    /**
     * PolNeAR's contents (and so the tagger's) often open with the complementizer ("said that exports doubled"); the
     * statement is what was said, without it.
     */
    private static int[] withoutComplementizer(String body, int[] span) {
        String head = body.substring(span[0], Math.min(span[1], span[0] + 5));
        if (span[1] - span[0] > 5 && head.regionMatches(true, 0, "that", 0, 4) && Character.isWhitespace(head.charAt(4))) {
            return trim(body, span[0] + 5, span[1]);
        }
        return span;
    }

    private static int[] trim(String body, int start, int end) {
        while (start < end && (Character.isWhitespace(body.charAt(start)) || "\"“”'‘’".indexOf(body.charAt(start)) >= 0)) start++;
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || ".,;:\"“”'‘’".indexOf(body.charAt(end - 1)) >= 0)) end--;
        return new int[]{start, end};
    }
}

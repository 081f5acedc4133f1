package org.onrecord.extract;

import org.onrecord.model.Statement;

/** Whether a quotation is a full one (a sentence of its own) or a partial one (a fragment inside reporting prose). */
final class QuoteKind {
    private QuoteKind() {
    }

    static Statement.Kind of(String body, Quote q) {
        int p = q.open() - 1;
        while (p >= 0 && (body.charAt(p) == ' ' || body.charAt(p) == '\u00a0')) p--;
        char prev = p < 0 ? '\n' : body.charAt(p);
        char first = body.charAt(q.start());
        if (Character.isLetterOrDigit(prev)) return Statement.Kind.PARTIAL;
        if (Character.isLowerCase(first) && prev != ':') return Statement.Kind.PARTIAL;
        return Statement.Kind.DIRECT;
    }
}

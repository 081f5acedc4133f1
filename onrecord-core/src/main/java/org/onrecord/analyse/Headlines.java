package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onrecord.extract.Extract;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Ids;
import org.onrecord.model.Statement;

/**
 * Headline misquotes: words a headline (title or deck) puts in quotation marks that no quotation in the
 * article's body contains verbatim (case, apostrophe style and spacing aside). The finding names the
 * closest body quotation so a reader can see what was actually said.
 */
final class Headlines {
    private Headlines() {
    }

    static List<Finding> check(Document doc, List<Statement> statements) {
        List<Finding> out = new ArrayList<>();
        String headline = doc.headlines();
        if (headline.isBlank()) return out;
        List<Statement> quotes = statements.stream().filter(s -> s.doc().equals(doc.id()) && s.kind() != Statement.Kind.INDIRECT).toList();
        for (String quoted : Extract.headlineQuotes(headline)) {
            String q = norm(quoted);
            if (q.split(" ").length < 2) continue;
            boolean verbatim = quotes.stream().anyMatch(s -> norm(s.text()).contains(q));
            if (verbatim) continue;
            Statement closest = closest(q, quotes);
            String reason = "The headline puts “" + quoted + "” in quotation marks, but no quotation in the article says those words"
                    + (closest == null ? "." : "; the closest is " + Reasons.quote(closest)
                    + (closest.speaker() == null ? "" : " (" + closest.speaker() + ")") + ".");
            out.add(new Finding(Ids.of("f-h-", doc.id(), quoted), "headline_misquote", doc.id(),
                    closest == null ? null : closest.id(), reason, null));
        }
        return out;
    }

    private static Statement closest(String q, List<Statement> quotes) {
        Set<String> words = new java.util.HashSet<>(List.of(q.split(" ")));
        Statement best = null;
        double bestScore = 0;
        for (Statement s : quotes) {
            List<String> w = List.of(norm(s.text()).split(" "));
            long common = words.stream().filter(w::contains).count();
            double score = (double) common / words.size();
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return bestScore >= 0.3 ? best : null;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("[^\\p{L}\\p{N}' ]+", " ")
                .replaceAll("\\s+", " ").strip();
    }
}

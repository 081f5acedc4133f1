package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.onrecord.extract.Extract;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Ids;
import org.onrecord.model.Statement;

/**
 * Headline misquotes: words a headline (title or deck) puts in quotation marks as someone's words that no
 * quotation in the article's body contains. Only quotation-like words are checked: the words must read as
 * someone's (close to a quotation the article attributes to a speaker), in the article's language, and not a
 * title, name or slogan set in capitals. An accurate quotation shortened with an ellipsis is no misquote, and
 * markup left in a title is read as text. The finding names the closest body quotation, so a reader can see what
 * was actually said.
 */
final class Headlines {
    /** Share of a quoted phrase's words a body quotation must have for the phrase to count as that speaker's words. */
    static final double CLOSEST = 0.3;
    /** An ellipsis or an editor's bracketed insertion: the quotation may leave out or replace words there. */
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.\\s*\\.\\s*\\.|…|\\[[^\\]]{0,80}\\])\\s*");
    /** Minor words of titles, which title case leaves in lower case. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
            "with", "from", "as", "is", "vs", "nor", "per", "via", "into", "onto", "upon");
    /** English function words, which WordNet leaves out: with WordNet's words they tell an English phrase. */
    private static final Set<String> FUNCTION = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them",
            "my", "your", "his", "its", "our", "their", "this", "that", "these", "those", "who", "what", "which", "will", "would",
            "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "have", "has", "had", "am", "are", "was",
            "were", "be", "been", "not", "no", "won't", "don't", "can't", "didn't", "isn't", "if", "so", "than", "there", "all", "any",
            "some", "i'm", "we're", "it's", "you're");

    private Headlines() {
    }

    static List<Finding> check(Document doc, List<Statement> statements) {
        List<Finding> out = new ArrayList<>();
        String headline = text(doc.headlines());
        if (headline.isBlank() || !latin(headline)) return out;
        List<Statement> quotes = statements.stream().filter(s -> s.doc().equals(doc.id()) && s.kind() != Statement.Kind.INDIRECT).toList();
        for (String raw : Extract.headlineQuotes(headline)) {
            String quoted = raw.strip();
            if (!quotationLike(quoted, headline) || attributive(quoted, headline)) continue;
            if (verbatim(quoted, quotes)) continue;
            Statement closest = closest(norm(quoted), quotes);
            // words no speaker of the article said anything like are a name, a title or a phrase held at a distance
            if (closest == null || SideIndex.speaker(closest) == null) continue;
            String reason = "The headline puts “" + quoted + "” in quotation marks, but no quotation in the article says those words; the closest is "
                    + Reasons.quote(closest) + " (" + closest.speaker() + ").";
            out.add(new Finding(Ids.of("f", "headline_misquote", doc.id(), quoted), "headline_misquote", doc.id(), closest.id(), reason, null));
        }
        return out;
    }

    /** The headline as text: markup left in a title ("&amp;", "<em>") does not count as words. */
    static String text(String headline) {
        return Parser.unescapeEntities(headline.replaceAll("<[^>]{0,200}>", " "), false);
    }

    /** Whether most letters of the headline are Latin: a headline in Korean or Russian is not checked against English quotations. */
    static boolean latin(String headline) {
        int letters = 0, latin = 0;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
        }
        return letters > 0 && latin * 2 > letters;
    }

    /**
     * Whether quoted words read as someone's words: two words or more, not in title case (a work, an event, a
     * name, a slogan: "Tiger King", "Make America Great Again") unless the headline around them is in title case
     * too, and in English (some of its words are English function words or words WordNet knows).
     */
    static boolean quotationLike(String quoted, String headline) {
        String[] words = quoted.split("\\s+");
        if (words.length < 2) return false;
        if (titleCase(quoted) && !titleCase(headline.replace(quoted, " "))) return false;
        int known = 0, letters = 0;
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", "");
            if (l.isEmpty()) continue;
            letters++;
            if (MINOR.contains(l) || FUNCTION.contains(l.replace('’', '\'')) || Lexical.known(l)) known++;
        }
        return letters > 0 && known * 3 >= letters * 2;
    }

    /**
     * Whether the quoted words stand before a noun as its name ("the 'meth, we're on it' campaign", "'Tiger King'
     * series"): a name of something, not someone's words. The noun is a word WordNet knows only as a noun or
     * adjective, within the next two words.
     */
    static boolean attributive(String quoted, String headline) {
        int at = headline.indexOf(quoted);
        if (at < 0) return false;
        String after = headline.substring(at + quoted.length()).replaceFirst("^[\"”’'»]+", "");
        if (!after.startsWith(" ")) return false;
        String[] before = headline.substring(0, at).replaceAll("[\"“‘'«]+$", "").strip().split("\\s+");
        String last = before.length == 0 ? "" : before[before.length - 1].toLowerCase(java.util.Locale.ROOT);
        // after a determiner or a preposition a noun that is also a verb ("the 'x' campaign") is still the noun
        boolean inPhrase = MINOR.contains(last) || Set.of("this", "that", "his", "her", "its", "their", "our", "new").contains(last);
        String[] next = after.strip().split("\\s+");
        for (int i = 0; i < Math.min(2, next.length); i++) {
            String w = next[i].replaceAll("[^\\p{L}-]", "");
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || FUNCTION.contains(w) || MINOR.contains(w)) return false;
            if (Lexical.isNoun(w) && (inPhrase || !Lexical.isVerb(w))) return true;
        }
        return false;
    }

    /** Whether every word of three letters or more (minor words aside) starts with a capital. */
    static boolean titleCase(String text) {
        int words = 0, capitals = 0;
        for (String w : text.split("[\\s\"“”‘’'():,;!?-]+")) {
            if (w.isEmpty() || MINOR.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitals++;
        }
        return words >= 2 && capitals == words;
    }

    /** Whether one body quotation holds the words, each part of an ellipsis-shortened quotation in order. */
    static boolean verbatim(String quoted, List<Statement> quotes) {
        List<String> parts = new ArrayList<>();
        for (String p : ELLIPSIS.split(quoted)) if (!norm(p).isEmpty()) parts.add(norm(p));
        if (parts.isEmpty()) return true;
        for (Statement s : quotes) {
            String t = norm(s.text());
            int at = 0;
            boolean all = true;
            for (String p : parts) {
                int i = t.indexOf(p, at);
                if (i < 0) {
                    all = false;
                    break;
                }
                at = i + p.length();
            }
            if (all) return true;
        }
        return false;
    }

    private static Statement closest(String q, List<Statement> quotes) {
        Set<String> words = new HashSet<>(List.of(q.split(" ")));
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
        return bestScore >= CLOSEST ? best : null;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("[^\\p{L}\\p{N}' ]+", " ")
                .replaceAll("\\s+", " ").strip();
    }
}

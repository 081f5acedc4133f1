package org.onrecord.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject of the clause a participle cue hangs from: in "Ryan's campaign shrugged off Trump's comments,
 * telling reporters ..." the speaker is "Ryan's campaign", the words before the clause's first verb, not the
 * noun phrase nearest the cue. Verbs are recognised by shape (past tense, auxiliaries, a short list of
 * irregular forms), since no part-of-speech tagger runs on every sentence.
 */
final class Subjects {
    private Subjects() {
    }

    /** Words that open a clause inside a sentence: the subject follows them. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile(
            "(?:[,;]\\s+(?:as|while|when|after|and|but|because|since|though|although|where)|;|\\s[—–]|:)\\s+");
    /** A conjunction opening a sentence: "But Reyes went ...". */
    private static final String CONJUNCTION = "(?:But|And|Yet|Still|So)\\s+";
    /** An opening phrase before the subject: "Minutes later,", "Back in 1999,", "On Wednesday,", "Shortly after the call ended,". */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:[A-Z][a-z]*ly|[A-Z][a-z]+ later|Back|In|On|At|After|Before|"
            + "When|While|Since|During|Although|Though|As|Earlier|Later|Shortly|Minutes|Hours|Days|Weeks|Months|Years|Then|But|And|"
            + "Still|Yet|Meanwhile|Instead|Now|Asked|Speaking|In response|For)\\b[^,“”\"]{0,80},\\s+|" + CONJUNCTION + ")");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "has", "had", "have", "will", "would", "can",
            "could", "did", "does", "do", "may", "might", "must", "should");
    private static final Set<String> IRREGULAR = Set.of("sent", "made", "took", "gave", "told", "said", "went", "came", "put",
            "held", "met", "left", "led", "felt", "kept", "brought", "wrote", "spoke", "broke", "stood", "ran", "won", "lost",
            "struck", "threw", "drew", "began", "got", "saw", "thought", "knew", "found", "paid", "sought", "hit", "cut", "set",
            "let", "read", "shot", "fought", "bought", "chose", "rose", "fell", "swept", "stuck", "spent", "became", "seemed",
            "says", "tells", "sends", "makes", "takes", "gives", "offers", "tries", "seems", "appears", "continues", "goes",
            "wants", "plans", "hopes", "argues", "insists", "warns", "urges", "calls", "uses", "points", "adds", "notes");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "one", "another",
            "both", "some", "many", "several", "most", "two", "three", "four", "five", "other", "this", "that", "these", "those");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^" + CONJUNCTION);

    private static final Set<String> ADVERBS = Set.of("also", "further", "then", "later", "again", "once", "now", "still",
            "already", "often", "never", "even", "just", "soon", "too", "first", "not");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.’'\\-]*|[(),]");

    /** The subject of the clause holding {@code cueStart}, searched from the nearest clause opener, then the sentence start. */
    static Mention of(String masked, int sentenceStart, int cueStart) {
        String seg = masked.substring(sentenceStart, cueStart);
        int nearest = -1;
        Matcher o = CLAUSE_OPENER.matcher(seg);
        while (o.find()) nearest = o.end();
        if (nearest > 0) {
            Mention m = subjectAt(masked, sentenceStart + nearest, cueStart);
            if (m != null) return m;
        }
        return subjectAt(masked, sentenceStart, cueStart);
    }

    /** The words from {@code start} (after an opening phrase) up to the first verb, when they look like a noun phrase. */
    private static Mention subjectAt(String masked, int start, int limit) {
        String seg = masked.substring(start, limit);
        int lead = 0;
        while (lead < seg.length() && !Character.isLetter(seg.charAt(lead))) lead++;
        Matcher opening = OPENING.matcher(seg.substring(lead));
        if (opening.find()) {
            // "And then Trump went fully on the attack, saying": what looked like an opening phrase was the clause itself
            Mention after = subjectFrom(masked, start, seg, lead + opening.end());
            return after != null ? after : subjectFrom(masked, start, seg, lead + leadingConjunction(seg.substring(lead)));
        }
        return subjectFrom(masked, start, seg, lead);
    }

    private static int leadingConjunction(String s) {
        Matcher m = LEADING_CONJUNCTION.matcher(s);
        return m.find() ? m.end() : 0;
    }

    private static Mention subjectFrom(String masked, int start, String seg, int lead) {
        Matcher w = WORD.matcher(seg);
        w.region(lead, seg.length());
        int first = -1, last = -1, words = 0, parens = 0;
        boolean adverbs = false;
        String previous = "";
        while (w.find()) {
            String word = w.group();
            if (word.equals("(")) parens++;
            if (word.equals(")")) parens--;
            if (parens > 0 || word.equals(")")) continue;
            if (first < 0) {
                String lower = word.toLowerCase(Locale.ROOT);
                // "And then Trump went": an adverb before the subject
                if (isAdverb(word)) continue;
                // a clause opens with a name, a pronoun or a determiner; anything else is no subject this finder trusts
                if (!Character.isUpperCase(word.charAt(0)) && !DETERMINERS.contains(lower)) return null;
                first = w.start();
            }
            if (word.equals(",")) {
                // "Mukasey, the Republican attorney general under Bush, criticized": an apposition stays in the subject
                continue;
            }
            if (words > 0 && isAdverb(word)) {
                // "Abdollahian also addressed": an adverb between the subject and its verb ends the subject
                adverbs = true;
                continue;
            }
            // "The retired neurosurgeon has": a participle after a determiner describes the noun
            if (words > 0 && isVerb(word) && !DETERMINERS.contains(previous)) {
                if (last <= first) return null;
                Mention m = Mentions.make(masked, start + first, start + last);
                return Mentions.canSpeak(m) && Mentions.speakerPhrase(m.text()) ? m : null;
            }
            if (adverbs || ++words > 12) return null;
            last = w.end();
            previous = word.toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static boolean isAdverb(String word) {
        return ADVERBS.contains(word) || word.length() > 4 && word.endsWith("ly") && Character.isLowerCase(word.charAt(0));
    }

    private static boolean isVerb(String word) {
        if (!Character.isLowerCase(word.charAt(0))) return false;
        return AUXILIARIES.contains(word) || IRREGULAR.contains(word) || word.length() > 4 && word.endsWith("ed")
                && !word.endsWith("eed");
    }
}

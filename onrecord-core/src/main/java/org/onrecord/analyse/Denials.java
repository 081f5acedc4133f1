package org.onrecord.analyse;

import java.util.List;
import java.util.Set;
import org.onrecord.model.Statement;

/**
 * Denials that point back at a claim instead of restating it: "denied the allegations", "disputed the
 * report", "That is not true", "it was a total fabrication", "denies he ever said any of that". What such a
 * denial answers is the claim made just before it in the same article by someone else (by the speaker himself
 * for a denial of having said something): news writing puts the charge first and the answer after it.
 */
final class Denials {
    /** Verbs that deny or reject what they take as object. */
    static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute", "rebut", "repudiate", "disavow",
            "dispute", "contest", "disown");
    /** Judgements of truth: negated they deny what they judge ("not true"); their WordNet antonyms deny it outright. */
    private static final Set<String> TRUE = Set.of("true", "accurate", "correct", "right");
    /** Statements before the denial that it may answer. */
    static final int LOOK_BACK = 3;

    /** Words without which a statement cannot be a back-pointing denial: checked before any parse. */
    private static final java.util.regex.Pattern MAYBE = java.util.regex.Pattern.compile("(?i)\\b(den(?:y|ies|ied|ying)|reject\\w*|dismiss\\w*"
            + "|refut\\w*|rebut\\w*|repudiat\\w*|disavow\\w*|disput\\w*|contest\\w*|disown\\w*|true|accurate|correct|right|false\\w*|untrue"
            + "|inaccurate|incorrect|wrong|fabricat\\w*|lie|lies|phony|fake|baseless|said|say)\\b");

    private Denials() {
    }

    /** Whether a statement (its words and its cue) could be a back-pointing denial at all. */
    static boolean maybe(Statement s) {
        return Candidates.isNegative(s) && MAYBE.matcher(Derived.claimText(s) + " " + (s.cue() == null ? "" : s.cue())).find();
    }

    /**
     * "said" when the claims only deny having said something named elsewhere, "did" when they only deny something
     * named elsewhere, null when they say something of their own.
     */
    static String refersBack(List<Claim> claims) {
        for (Claim c : claims) {
            if (c.conditional()) continue;
            if (c.predicate().equals("say") && ("said".equals(c.denial()) || c.negated() && ClaimReader.own(c.subject())) && reference(c.object())) return "said";
            if (DENYING.contains(c.predicate()) && (reference(c.object()) || statementNoun(c.object()))) return "did";
            if (c.predicate().startsWith("be ") && judgesFalse(c) && (reference(c.subject()) || statementNoun(c.subject()))) return "did";
        }
        return null;
    }

    private static boolean judgesFalse(Claim c) {
        String judged = c.predicate().substring(3);
        if (TRUE.contains(judged)) return c.negated();
        if (c.negated()) return false;
        for (String t : TRUE) if (Lexical.antonyms(t, judged)) return true;
        // "a total fabrication", "a lie", "a phony story": the subject is called a falsehood
        return Lexical.isKindOf(judged, "falsehood");
    }

    private static boolean reference(String w) {
        return w != null && (Compare.REFERENCES.contains(w) || Set.of("which", "what", "any", "all", "everything", "anything").contains(w));
    }

    /** "allegation", "claim", "report", "story", "accusation", "assertion", "rumor": things asserted (not "calls", "demands"). */
    private static boolean statementNoun(String w) {
        return w != null && (Lexical.isKindOf(w, "statement") || Lexical.isKindOf(w, "accusation") || Lexical.isKindOf(w, "report")
                || Lexical.isKindOf(w, "gossip"));
    }

    /**
     * Whether the denial's sentence can be about {@code claim}: it names the claim's speaker ("Allen's allegations",
     * "BuzzFeed's description"), or the claim stands within a paragraph's reach before it (400 characters).
     */
    private static boolean about(Statement denial, Statement claim) {
        String sentence = denial.sentence() == null ? denial.text() : denial.sentence();
        String sp = Findings.speaker(claim);
        if (sp != null) {
            String last = Findings.lastWord(sp);
            if (last.length() > 2 && sentence.contains(last)) return true;
        }
        return denial.bodyStart() - claim.bodyEnd() <= 400;
    }

    /**
     * The statement a back-pointing denial answers: of the {@link #LOOK_BACK} statements before it in its article
     * (in text order, {@code article}), the nearest by another speaker that is not itself such a denial; for a
     * denial of having said, the nearest by the same speaker. Null when there is none.
     */
    static Statement target(Statement denial, String kind, List<Statement> article, java.util.function.Predicate<Statement> isDenial) {
        int at = article.indexOf(denial);
        String who = Findings.speaker(denial);
        for (int i = at - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--) {
            Statement s = article.get(i);
            if (s.bodyEnd() > denial.bodyStart()) continue;
            seen++;
            String sp = Findings.speaker(s);
            boolean same = who != null && who.equals(sp);
            if (kind.equals("said") ? same : !same && !isDenial.test(s) && about(denial, s)) return s;
        }
        return null;
    }
}

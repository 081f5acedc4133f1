package org.onrecord.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.Deadline;

/**
 * Reporting cues: the verbs and phrases that introduce what someone said or thought ("said", "flatly
 * denied", "according to", "went on to say"), in every inflection. The lexicon is the usual inventory of
 * English reporting verbs (speech acts, and belief verbs for attributed thoughts); see
 * docs/decisions/0005-statements.md.
 */
final class Cues {
    enum Form { FINITE, PARTICIPLE, PREPOSITION }

    /** A cue found in a text: where, which words, its lemma and its grammatical form. */
    record Cue(int start, int end, String text, String lemma, Form form) {
    }

    /** Speech verbs: introduce quotations and reported speech. */
    private static final String[] SPEECH = {
            "say", "tell", "add", "state", "assert", "insist", "claim", "deny", "reiterate", "reveal", "conclude", "note",
            "explain", "warn", "allege", "announce", "declare", "confirm", "argue", "suggest", "stress", "emphasize",
            "emphasise", "urge", "acknowledge", "admit", "write", "tweet", "report", "respond", "reply", "answer", "ask",
            "agree", "complain", "point out", "recall", "predict", "promise", "vow", "pledge", "threaten", "accuse",
            "blame", "criticize", "criticise", "condemn", "slam", "defend", "maintain", "contend", "testify", "observe",
            "remark", "comment", "concede", "mention", "disclose", "inform", "assure", "caution", "lament", "boast",
            "joke", "quip", "demand", "propose", "recommend", "estimate", "dismiss", "reject", "praise", "describe",
            "call", "rebuff", "refute", "counter", "retort", "plead", "continue", "go on to say", "make public",
            "determine", "find", "show", "indicate", "cite", "quote", "brief", "speak", "signal", "proclaim", "exhort",
            "tout", "decry", "denounce", "charge", "affirm", "muse", "opine", "scoff", "shout", "yell", "chant", "hint", "imply",
            "speculate", "forecast", "recount", "applaud", "hail", "blast", "disagree", "instruct", "refer", "react", "interject",
            "scold", "bark", "snap", "fire back", "shoot back", "go further", "post", "mock", "ridicule", "lambaste", "thank",
            "apologize", "apologise", "congratulate", "commend", "celebrate", "question", "challenge"};
    /** Belief and attitude verbs: attribute thoughts rather than words (PolNeAR counts both). */
    private static final String[] BELIEF = {
            "believe", "think", "hope", "fear", "expect", "want", "feel", "know", "worry", "doubt", "figure", "consider",
            "wonder", "understand", "hold", "see", "view", "regard", "recognize", "recognise", "realize", "realise", "suspect",
            "reckon", "guess", "assume", "suppose"};

    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("say", new String[]{"says", "said", "saying"}),
            Map.entry("tell", new String[]{"tells", "told", "telling"}),
            Map.entry("write", new String[]{"writes", "wrote", "written", "writing"}),
            Map.entry("find", new String[]{"finds", "found", "finding"}),
            Map.entry("think", new String[]{"thinks", "thought", "thinking"}),
            Map.entry("know", new String[]{"knows", "knew", "known", "knowing"}),
            Map.entry("feel", new String[]{"feels", "felt", "feeling"}),
            Map.entry("show", new String[]{"shows", "showed", "shown", "showing"}),
            Map.entry("hold", new String[]{"holds", "held", "holding"}),
            Map.entry("see", new String[]{"sees", "saw", "seen", "seeing"}),
            Map.entry("speak", new String[]{"speaks", "spoke", "spoken", "speaking"}),
            Map.entry("understand", new String[]{"understands", "understood", "understanding"}),
            Map.entry("go on to say", new String[]{"goes on to say", "went on to say", "going on to say"}),
            Map.entry("make public", new String[]{"makes public", "made public", "making public"}),
            Map.entry("point out", new String[]{"points out", "pointed out", "pointing out"}),
            Map.entry("admit", new String[]{"admits", "admitted", "admitting"}),
            Map.entry("slam", new String[]{"slams", "slammed", "slamming"}),
            Map.entry("quip", new String[]{"quips", "quipped", "quipping"}),
            Map.entry("plead", new String[]{"pleads", "pleaded", "pled", "pleading"}),
            Map.entry("brief", new String[]{"briefs", "briefed", "briefing"}),
            Map.entry("snap", new String[]{"snaps", "snapped", "snapping"}),
            Map.entry("fire back", new String[]{"fires back", "fired back", "firing back"}),
            Map.entry("shoot back", new String[]{"shoots back", "shot back", "shooting back"}),
            Map.entry("go further", new String[]{"goes further", "went further", "going further", "went even further", "goes even further"}),
            Map.entry("refer", new String[]{"refers", "referred", "referring"}),
            Map.entry("bark", new String[]{"barks", "barked", "barking"}));

    /** Lemmas whose bare form is more often a noun ("state news agency", "the report"): only inflected forms are cues. */
    private static final java.util.Set<String> NOUN_LIKE = java.util.Set.of("state", "report", "claim", "comment", "answer",
            "demand", "estimate", "quote", "note", "call", "promise", "pledge", "vow", "reply", "counter", "remark", "praise",
            "blame", "brief", "signal", "show", "find", "hold", "view", "figure", "doubt", "question", "statement", "continue",
            "record", "joke", "plead", "cite", "speak", "see", "respond", "mention", "tweet", "slam", "caution");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("\\b(?:the|a|an|his|her|its|their|these|those|this|that|our|your)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATES_VERB = Pattern.compile("\\s+that\\b|\\s*[:,]?\\s*[“\"]|:");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("\\p{L}[’']s\\s+$");
    private static final Pattern PRECEDING_CAP = Pattern.compile("[A-Z][\\p{L}.’'\\-]*\\s+$");
    private static final Map<String, String> LEMMA = new HashMap<>();
    private static final Map<String, Boolean> IS_BELIEF = new HashMap<>();
    private static final Pattern VERB;
    private static final Pattern ACCORDING = Pattern.compile("\\b(according to|citing|in the words of)\\b", Pattern.CASE_INSENSITIVE);

    static {
        List<String> forms = new ArrayList<>();
        for (String[] list : new String[][]{SPEECH, BELIEF}) {
            for (String lemma : list) {
                for (String f : inflect(lemma)) {
                    LEMMA.putIfAbsent(f, lemma);
                    IS_BELIEF.putIfAbsent(lemma, list == BELIEF);
                    forms.add(Pattern.quote(f));
                }
            }
        }
        forms.sort(Comparator.comparingInt(String::length).reversed());
        VERB = Pattern.compile("\\b(?:(?-i:[a-z]+ly|also|further|later|then|again|once|often|never|even|still)\\s+)?(" + String.join("|", forms) + ")\\b",
                Pattern.CASE_INSENSITIVE);
    }

    private Cues() {
    }

    static List<String> inflect(String lemma) {
        if (IRREGULAR.containsKey(lemma)) {
            List<String> l = new ArrayList<>(List.of(IRREGULAR.get(lemma)));
            l.add(lemma);
            return l;
        }
        String s, ed, ing;
        if (lemma.endsWith("y") && !lemma.endsWith("ay") && !lemma.endsWith("ey")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            s = stem + "ies";
            ed = stem + "ied";
            ing = lemma + "ing";
        } else if (lemma.endsWith("e")) {
            s = lemma + "s";
            ed = lemma + "d";
            ing = lemma.substring(0, lemma.length() - 1) + "ing";
        } else if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")) {
            s = lemma + "es";
            ed = lemma + "ed";
            ing = lemma + "ing";
        } else {
            s = lemma + "s";
            ed = lemma + "ed";
            ing = lemma + "ing";
        }
        return List.of(lemma, s, ed, ing);
    }

    /** Every cue in {@code text} (a sentence with quotations masked), in order. */
    static List<Cue> find(String text, int offset) {
        List<Cue> out = new ArrayList<>();
        Matcher m = VERB.matcher(text);
        while (m.find()) {
            Deadline.check();
            String word = m.group(1).toLowerCase(Locale.ROOT);
            String lemma = LEMMA.get(word);
            // "Omar Said", "Ali Said": a capitalised form right after a capitalised word is part of a name
            if (Character.isUpperCase(m.group(1).charAt(0)) && m.start(1) > 1 && PRECEDING_CAP.matcher(text.substring(Math.max(0, m.start(1) - 30), m.start(1))).find()) continue;
            // "records show that ...": a noun-like bare form is a verb when "that" follows it
            if (lemma == null || word.equals(lemma) && NOUN_LIKE.contains(lemma) && !text.startsWith(" that ", m.end())) continue;
            // "the states suing", "his remarks": after a determiner the word is a noun
            if (m.start(1) == m.start() && DETERMINER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) continue;
            // "battleground states", "a dozen states held": the plural noun, unless a that-clause or a quotation follows
            if (word.equals("states") && !STATES_VERB.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).lookingAt()) continue;
            // "Lind’s remarks", "Trump's claims": after a possessive a noun-like form is a noun
            if (m.start(1) == m.start() && NOUN_LIKE.contains(lemma) && (word.equals(lemma) || word.equals(lemma + "s"))
                    && POSSESSIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) continue;
            Form form = word.endsWith("ing") && !word.equals("bring") ? Form.PARTICIPLE : Form.FINITE;
            out.add(new Cue(offset + m.start(), offset + m.end(), m.group(0), lemma, form));
        }
        Matcher a = ACCORDING.matcher(text);
        while (a.find()) {
            out.add(new Cue(offset + a.start(), offset + a.end(), a.group(1), a.group(1).toLowerCase(Locale.ROOT), Form.PREPOSITION));
        }
        out.sort(Comparator.comparingInt(Cue::start));
        return out;
    }

    static boolean isBelief(String lemma) {
        return IS_BELIEF.getOrDefault(lemma, false);
    }

    /** Verbs that report speech only with a quotation or a that-clause ("called X Y", "continued"). */
    static boolean needsQuoteOrThat(String lemma) {
        return switch (lemma) {
            case "call", "continue", "describe", "find", "show", "hold", "see", "view", "regard", "know", "understand",
                 "want", "feel", "cite", "quote", "speak", "brief", "answer", "ask", "comment", "maintain", "counter",
                 "praise", "slam", "defend", "dismiss", "reject", "criticize", "criticise", "condemn", "blame", "accuse" -> true;
            default -> false;
        };
    }
}

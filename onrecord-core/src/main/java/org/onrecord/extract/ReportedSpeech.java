package org.onrecord.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Sentence;
import org.onrecord.model.Statement;
import org.onrecord.model.Deadline;

/**
 * Reported speech without quotation marks: "X flatly denied that ...", "X told Y that ...", "X said the
 * ...", "X praised ...", "..., the daily said", "..., according to X". The content runs from the end of
 * the cue (and its "that") to the end of the sentence, and stops before a participle clause
 * (", describing ...") or an attribution tail (", citing ...").
 */
final class ReportedSpeech {
    /** "that", after at most a short time phrase: "said Saturday that", "revealed on 24 October that". */
    private static final Pattern THAT = Pattern.compile("^\\s*(?:,?\\s*(?:(?:on|in|last|this|at|early|late)\\s+)?(?:\\d{1,2}\\s+)?[A-Za-z.]+(?:\\s+\\d{1,4})?,?\\s+"
            // or a short phrase of manner or channel: "explained through a spokesman that", "said in a statement that"
            + "|(?:through|in|on|at|with|during|via|after|before|over)\\s+(?:a|an|the|his|her|their|its)?\\s*[\\w’'-]+(?:\\s+[\\w’'-]+)?,?\\s+)?that\\s+");
    private static final Pattern OBJECT_THAT = Pattern.compile("^\\s*((?:[A-Z][\\p{L}.'’-]*|the|The|a|an|his|her|reporters|journalists|lawmakers|[a-z]+)"
            + "(?:\\s+[\\p{L}.'’-]+){0,6}?)\\s+(?:on\\s+[A-Z]\\w+\\s+|last\\s+\\w+\\s+|in\\s+[^,]{1,25}?\\s+)?(?:that|how|what|why|whether|if|when)\\s+");
    /** "said during a meeting", "said in a letter": a preposition after the cue starts no reported content. */
    private static final Pattern PREPOSITION = Pattern.compile("(?:to|in|on|at|during|after|before|while|when|of|with|for|from|through|as|by|so|"
            + "about|it was|earlier|later|last|this|yesterday|today|afterwards|repeatedly|again|too|also)\\b");
    private static final Pattern COLON = Pattern.compile("\\s*:\\s+(?=\\S)");
    private static final Pattern TO_CLAUSE = Pattern.compile("\\s+(?:\\w+ly\\s+)?(to\\s+\\w+)");
    /** Verbs of intention whose content is an infinitive: "wants to triple the program". */
    private static final java.util.Set<String> INTENT = java.util.Set.of("want", "plan", "hope", "promise", "vow", "pledge",
            "intend", "expect", "seek", "threaten", "aim", "refuse", "decline", "agree", "urge", "propose");
    private static final Pattern ACCORDING_LEAD = Pattern.compile("^\\s*(?:According to|according to)\\s+([^,]{2,80}),\\s+");
    private static final Pattern LEADING_TIME = Pattern.compile("\\s+(?:(?:on|last|this|early|late)\\s+[A-Z]?[a-z]+\\s+)?");
    private static final Pattern CONTENT_STOP = Pattern.compile(
            ",\\s+(?:saying|adding|describing|calling|alleging|citing|according to|while|whereas|as well as|he said|she said|it said)\\b"
                    // "... missiles — an assertion that was also denied": a dash opening an aside about what was said
                    + "|\\s+[—–]\\s+(?:saying|adding|an?|the|which|who|whose|something)\\b|;");
    private static final Pattern TAIL = Pattern.compile("^\\s*(?:(?:on|in|last|this)\\s+[^,.]{1,25})?\\s*(?:,\\s*(?:citing|according to|adding)\\b.*)?[.!?]?[\"”’]?\\s*$");

    private ReportedSpeech() {
    }

    static List<Candidate> find(Annotated a, String body, String masked, List<Quote> quotes) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            Deadline.check();
            String text = masked.substring(s.start(), s.end());
            List<Cues.Cue> cues = Cues.find(text, s.start());
            Candidate c = tailAttribution(a, body, masked, s, cues, quotes);
            if (c != null) {
                out.add(c);
                continue;
            }
            c = leadingAccording(a, masked, s);
            if (c == null) c = speakerLabel(masked, s);
            if (c != null) {
                out.add(c);
                continue;
            }
            for (Cues.Cue cue : cues) {
                if (cue.form() == Cues.Form.PREPOSITION || Extract.insideQuote(quotes, cue.start())) continue;
                if (cue.form() == Cues.Form.PARTICIPLE && !THAT.matcher(masked.substring(cue.end(), s.end())).lookingAt()) continue;
                // "“...,” said retired neurosurgeon Ben Carson": the cue belongs to the quotation before it
                if (masked.substring(Math.max(s.start(), cue.start() - 4), cue.start()).matches("(?s).*[”\"'’],?\\s*")) continue;
                int contentStart = contentStart(masked, cue, s.end());
                // "said: “...”" is a quotation, found as one; reported speech is what stands outside quotation marks
                if (contentStart < 0 || contentStart < body.length() && "“\"‘'„".indexOf(body.charAt(contentStart)) >= 0) continue;
                int contentEnd = contentEnd(masked, contentStart, s.end());
                if (words(body.substring(contentStart, contentEnd)) < 3) continue;
                if (overlapsQuote(quotes, contentStart, contentEnd)) continue;
                Mention m = QuoteAttribution.mentionFor(a, body, masked, cue, s.start(), s.end(), cues);
                if (m == null) continue;
                out.add(new Candidate(Statement.Kind.INDIRECT, contentStart, contentEnd, s.start(), s.end(), cue, m,
                        s.paragraph(), false));
                break;
            }
        }
        return out;
    }

    /** "CONTENT, the daily said." / "CONTENT, according to IRNA." */
    private static Candidate tailAttribution(Annotated a, String body, String masked, Sentence s, List<Cues.Cue> cues, List<Quote> quotes) {
        for (Cues.Cue cue : cues) {
            if (cue.form() == Cues.Form.PARTICIPLE) continue;
            int comma = masked.lastIndexOf(", ", cue.start());
            if (comma < s.start() || words(masked.substring(s.start(), comma)) < 4) continue;
            Mention m = null;
            if (cue.form() == Cues.Form.PREPOSITION) {
                if (comma + 2 != cue.start() || !TAIL.matcher(masked.substring(cue.end(), s.end()).replaceFirst("^\\s*[^,.;]+", "")).matches()) continue;
                m = phrase(masked, cue.end(), s.end());
            } else {
                String between = masked.substring(comma + 2, cue.start());
                String after = masked.substring(cue.end(), s.end());
                // the tail must end the sentence: no quotation opens after the cue, no other cue stands before it
                if (between.isBlank() || !TAIL.matcher(after).matches() || after.matches("(?s).*[“\"„].*")
                        || !Cues.find(between, 0).isEmpty()) continue;
                // ", sources said." / ", advisers to Mr. Obama say.": whatever short phrase stands there is the source
                m = ReportedSpeech.words(between) <= 8 && !between.matches("(?s).*[“”\"].*") && Mentions.speakerPhrase(between)
                        ? Mentions.make(masked, comma + 2, cue.start()) : null;
            }
            if (m == null) continue;
            int start = s.start();
            while (start < comma && Character.isWhitespace(body.charAt(start))) start++;
            int from = start;
            if (quotes.stream().anyMatch(q -> q.open() < comma && q.close() >= from)) continue;
            return new Candidate(Statement.Kind.INDIRECT, start, comma, s.start(), s.end(), cue, Mentions.make(masked, m.start(), m.end()),
                    s.paragraph(), false);
        }
        return null;
    }

    /** "According to the poll, Clinton leads ...": the rest of the sentence, sourced by the phrase. */
    private static Candidate leadingAccording(Annotated a, String masked, Sentence s) {
        Matcher m = ACCORDING_LEAD.matcher(masked.substring(s.start(), s.end()));
        if (!m.find()) return null;
        int start = s.start() + m.end();
        int end = contentEnd(masked, start, s.end());
        if (words(masked.substring(start, end)) < 3) return null;
        int cueStart = s.start() + masked.substring(s.start(), s.end()).indexOf(m.group(0).strip().substring(0, 12));
        Cues.Cue cue = new Cues.Cue(cueStart, cueStart + 12, "according to", "according to", Cues.Form.PREPOSITION);
        Mention mention = Mentions.make(masked, s.start() + m.start(1), s.start() + m.end(1));
        return new Candidate(Statement.Kind.INDIRECT, start, end, s.start(), s.end(), cue, mention, s.paragraph(), false);
    }

    private static final Pattern LABEL = Pattern.compile("^\\s*[\"“]?\\s*((?:[A-Z][A-Z.'’\\-]+)(?: [A-Z][A-Z.'’\\-]+){0,3}|" + Mentions.NAMESEQ + ")(:)\\s+(?=\\S)");

    /** A transcript line: "PENCE: Well, the question ..." (the label opens the paragraph). */
    private static Candidate speakerLabel(String masked, Sentence s) {
        if (s.start() > 0 && masked.charAt(s.start() - 1) != '\n') return null;
        Matcher m = LABEL.matcher(masked.substring(s.start(), s.end()));
        if (!m.find() || words(m.group(1)) > 4) return null;
        int start = s.start() + m.end();
        int end = s.end();
        while (end > start && Character.isWhitespace(masked.charAt(end - 1))) end--;
        if (words(masked.substring(start, end)) < 3) return null;
        Cues.Cue cue = new Cues.Cue(s.start() + m.start(2), s.start() + m.end(2), ":", "say", Cues.Form.FINITE);
        Mention mention = Mentions.make(masked, s.start() + m.start(1), s.start() + m.end(1));
        if (!Mentions.canLabel(mention)) return null;
        return new Candidate(Statement.Kind.INDIRECT, start, end, s.start(), s.end(), cue, mention, s.paragraph(), false);
    }

    /** A short phrase after a preposition cue: "according to exit polls." */
    private static Mention phrase(String masked, int from, int limit) {
        Matcher m = Pattern.compile("^\\s*([^,.;:“”\"]{2,80}?)\\s*(?:[,.;:]|$)").matcher(masked.substring(from, limit));
        return m.find() && words(m.group(1)) <= 10 && Mentions.speakerPhrase(m.group(1)) ? Mentions.make(masked, from + m.start(1), from + m.end(1)) : null;
    }

    private static int contentStart(String masked, Cues.Cue cue, int sentenceEnd) {
        String rest = masked.substring(cue.end(), sentenceEnd);
        Matcher that = THAT.matcher(rest);
        if (that.find()) return cue.end() + that.end();
        Matcher colon = COLON.matcher(rest);
        if (colon.lookingAt()) return cue.end() + colon.end();
        if (INTENT.contains(cue.lemma())) {
            Matcher to = TO_CLAUSE.matcher(rest);
            return to.lookingAt() ? cue.end() + to.start(1) : -1;
        }
        if (cue.lemma().equals("tell") || cue.lemma().equals("warn") || cue.lemma().equals("assure") || cue.lemma().equals("inform")
                || cue.lemma().equals("remind") || cue.lemma().equals("brief") || cue.lemma().equals("urge")) {
            Matcher ot = OBJECT_THAT.matcher(rest);
            return ot.find() ? cue.end() + ot.end() : -1;
        }
        if (Cues.needsQuoteOrThat(cue.lemma())) {
            // "praised X", "rejected X", "dismissed X": the object is what was said about.
            if (!cue.lemma().matches("praise|reject|dismiss|criticize|criticise|condemn|slam|defend|deny|blame|accuse")
                    || !rest.matches("(?s)\\s+[\\p{L}].*")) return -1;
            // "rejected on Friday what it called ...": the time belongs to the reporting, not to what was rejected
            Matcher time = LEADING_TIME.matcher(rest);
            return cue.end() + (time.lookingAt() ? time.end() : 1);
        }
        if (cue.lemma().equals("say") || Cues.isBelief(cue.lemma()) || cue.lemma().matches("claim|insist|deny|argue|assert|add|state|note|admit|acknowledge|conclude|determine|reveal|announce|confirm|warn|predict|suggest|hope|expect")) {
            String r = rest.stripLeading();
            if (r.isEmpty() || !Character.isLetter(r.charAt(0)) || PREPOSITION.matcher(r).lookingAt()) return -1;
            return cue.end() + (rest.length() - r.length());
        }
        return -1;
    }

    private static int contentEnd(String masked, int from, int sentenceEnd) {
        Matcher stop = CONTENT_STOP.matcher(masked.substring(from, sentenceEnd));
        int end = stop.find() ? from + stop.start() : sentenceEnd;
        while (end > from && (Character.isWhitespace(masked.charAt(end - 1)) || ".,!?".indexOf(masked.charAt(end - 1)) >= 0)) end--;
        return end;
    }

    private static boolean overlapsQuote(List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) {
            if (q.start() <= start && q.end() >= end) return true;
        }
        return false;
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}

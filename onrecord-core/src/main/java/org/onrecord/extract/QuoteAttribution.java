package org.onrecord.extract;

import java.util.List;
import org.onrecord.annotate.Annotated;
import org.onrecord.model.Statement;
import org.onrecord.model.Deadline;

/** Finds the cue and the speaker mention of one quotation within its sentence(s). */
final class QuoteAttribution {
    private QuoteAttribution() {
    }

    static Candidate attribute(Annotated a, String body, String masked, Quote q) {
        int closeEnd = q.closeEnd(body);
        int[] f = Extract.frame(a, q.open(), closeEnd);
        int frameStart = f[0], frameEnd = f[1];
        // "...in a European country!” Amir Abdollahian said." The splitter may end the sentence at the quotation's
        // last mark; a short sentence right after it, in the same paragraph, is its reporting clause.
        var next = a.sentenceAt(frameEnd + 1);
        if (next != null && next.start() <= frameEnd + 2 && next.end() - next.start() < 120
                && next.paragraph() == Extract.paragraph(a, q.open()) && !body.substring(next.start(), next.end()).strip().startsWith("“")) {
            frameEnd = next.end();
        }
        Statement.Kind kind = kind(body, q);
        List<Cues.Cue> cues = Cues.find(masked.substring(frameStart, frameEnd), frameStart);
        Cues.Cue best = null;
        Mention mention = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cues.Cue cue : cues) {
            Deadline.check();
            boolean after = cue.start() >= closeEnd;
            boolean before = cue.end() <= q.open();
            if (!after && !before) continue;
            int distance = after ? cue.start() - closeEnd : q.open() - cue.end();
            // A partial quotation belongs to the verb that governs it, before it; a full one to the nearest cue.
            if (kind == Statement.Kind.PARTIAL && after && cue.form() != Cues.Form.PREPOSITION) distance += 200;
            if (cue.form() == Cues.Form.PREPOSITION) distance += 120;
            if (after && distance > 60 && kind == Statement.Kind.DIRECT) distance += 100;
            Mention m = mentionFor(a, body, masked, cue, after ? closeEnd : frameStart, frameEnd, cues);
            if (m == null) distance += 300;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = cue;
                mention = m;
            }
        }
        if (best == null) {
            // "PENCE: Well, ..." inside the quotation marks of a transcript paragraph
            java.util.regex.Matcher inside = LABEL_INSIDE.matcher(masked.substring(q.start(), Math.min(q.end(), q.start() + 60)).isBlank()
                    ? body.substring(q.start(), Math.min(q.end(), q.start() + 60)) : body.substring(q.start(), Math.min(q.end(), q.start() + 60)));
            Mention label = inside.lookingAt() ? Mentions.make(body, q.start() + inside.start(1), q.start() + inside.end(1)) : null;
            if (label != null && Mentions.canLabel(label)) {
                best = new Cues.Cue(q.start() + inside.start(2), q.start() + inside.end(2), ":", "say", Cues.Form.FINITE);
                mention = label;
            }
        }
        if (best == null) {
            // "The New York Times reports:" or "He said:" closing the paragraph or sentence before the quotation
            var prev = a.sentenceAt(Math.max(0, q.open() - 3));
            if (prev != null && prev.end() <= q.open() && masked.substring(prev.start(), prev.end()).strip().endsWith(":")) {
                List<Cues.Cue> around = Cues.find(masked.substring(prev.start(), prev.end()), prev.start());
                for (int i = around.size() - 1; i >= 0 && best == null; i--) {
                    Cues.Cue cue = around.get(i);
                    if (cue.form() == Cues.Form.PREPOSITION) continue;
                    Mention m = mentionFor(a, body, masked, cue, prev.start(), prev.end(), around);
                    if (m != null) {
                        best = cue;
                        mention = m;
                    }
                }
            }
        }
        if (best == null) {
            // "More from Frank Newport and Jim Harter: “We found ...”": a name and a colon right before the quotation
            int from = Math.max(0, q.open() - 120);
            java.util.regex.Matcher colon = NAME_COLON.matcher(masked.substring(from, q.open()));
            Mention named = colon.find() ? Mentions.make(masked, from + colon.start(1), from + colon.end(1)) : null;
            if (named != null && Mentions.canLabel(named)) {
                best = new Cues.Cue(from + colon.start(2), from + colon.end(2), ":", "say", Cues.Form.FINITE);
                mention = named;
            }
        }
        if (best == null) {
            // "WALLACE: “...”": a transcript label opening the paragraph
            int para = masked.lastIndexOf('\n', q.open()) + 1;
            java.util.regex.Matcher label = LABEL.matcher(masked.substring(para, q.open()));
            Mention labelled = label.matches() ? Mentions.make(masked, para + label.start(1), para + label.end(1)) : null;
            if (labelled != null && Mentions.canLabel(labelled)) {
                best = new Cues.Cue(para + label.start(2), para + label.end(2), ":", "say", Cues.Form.FINITE);
                mention = labelled;
            }
        }
        if (best == null && q.closed()) {
            // “...” ― Steve Quinlan: a dash and a name after the quotation
            java.util.regex.Matcher dash = DASH.matcher(masked.substring(closeEnd, Math.min(masked.length(), closeEnd + 120)));
            if (dash.lookingAt()) {
                best = new Cues.Cue(closeEnd + dash.start(1), closeEnd + dash.end(1), dash.group(1), "dash", Cues.Form.FINITE);
                mention = Mentions.make(masked, closeEnd + dash.start(2), closeEnd + dash.end(2));
            }
        }
        if (best == null && q.closed() && kind == Statement.Kind.DIRECT) {
            // "“...?” Hannity pressed." / "“...!” beamed Donald Hartley": right after a quotation, any past-tense verb
            // next to a name reports it, whether or not it is a speech verb
            java.util.regex.Matcher t = NAME_AND_VERB.matcher(masked.substring(closeEnd, Math.min(masked.length(), closeEnd + 80)));
            if (t.lookingAt()) {
                String n = t.start("n1") >= 0 ? "n1" : "n2", v = t.start("v1") >= 0 ? "v1" : "v2";
                best = new Cues.Cue(closeEnd + t.start(v), closeEnd + t.end(v), t.group(v), t.group(v), Cues.Form.FINITE);
                mention = Mentions.make(masked, closeEnd + t.start(n), closeEnd + t.end(n));
            }
        }
        return new Candidate(kind, q.start(), q.end(), frameStart, frameEnd, best, mention, Extract.paragraph(a, q.open()), true);
    }

    private static final java.util.regex.Pattern NAME_AND_VERB = java.util.regex.Pattern.compile("[ ,]*(?:(?<n1>" + Mentions.NAMESEQ
            + ")\\s+(?<v1>[a-z]{3,}ed)|(?<v2>[a-z]{3,}ed)\\s+(?<n2>" + Mentions.NAMESEQ + "))\\s*[.,]");

    private static final java.util.regex.Pattern NAME_COLON = java.util.regex.Pattern.compile(
            "(" + Mentions.NAMESEQ + "(?:\\s+and\\s+" + Mentions.NAMESEQ + ")?)\\s*(:)\\s*$");
    private static final java.util.regex.Pattern LABEL_INSIDE = java.util.regex.Pattern.compile(
            "\\s*((?:[A-Z][A-Z.'’\\-]+)(?: [A-Z][A-Z.'’\\-]+){0,3})(:)\\s+");
    private static final java.util.regex.Pattern FUNCTION_END = java.util.regex.Pattern.compile(
            "\\b(?:by|to|and|but|or|of|in|on|at|for|with|so|as|than|then|also|that|which|who|not|is|was|are|were|has|had)$");
    private static final java.util.regex.Pattern DET_NOUN = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])((?:the|a|an|this|that|his|her|their|its|The|A|An|This|That|His|Her|Their|Its|One|Another|[A-Z][\\p{L}.]*[’']s)\\s+"
                    + "(?:[\\p{L}’'\\-]+\\s+){0,3}[\\p{L}\\-]+)\\s*$");
    private static final String TITLE_DOT = "\\b(?:Mr|Mrs|Ms|Dr|Gov|Rep|Sen|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|[A-Z])";
    /** The phrase up to the next stop; the dot of a title or an initial ("former Gov. Bill Richardson") is no stop. */
    private static final java.util.regex.Pattern INVERTED = java.util.regex.Pattern.compile(
            "\\s+([\\p{L}](?:[^,.;:“”\"\\n]|(?<=" + TITLE_DOT + ")\\.){1,100}?)\\s*(?:[,;:]|(?<!" + TITLE_DOT + ")\\.|$)");
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "\\s*[\"“]?\\s*((?:[A-Z][A-Z.'’\\-]+)(?: [A-Z][A-Z.'’\\-]+){0,3}|" + Mentions.NAMESEQ + ")(:)\\s*");
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile(
            "[\\s,]*([―—–])\\s*(" + Mentions.NAMESEQ + ")");

    /** The words naming who speaks with this cue: the subject before it, the phrase after it, or the sentence's subject. */
    static Mention mentionFor(Annotated a, String body, String masked, Cues.Cue cue, int from, int frameEnd, List<Cues.Cue> cues) {
        Mention found = find(a, masked, cue, from, frameEnd, cues);
        return Mentions.canSpeak(found) ? found : null;
    }

    private static Mention find(Annotated a, String masked, Cues.Cue cue, int from, int frameEnd, List<Cues.Cue> cues) {
        if (cue.form() == Cues.Form.PREPOSITION) {
            return Mentions.after(masked, cue.end(), frameEnd);
        }
        if (cue.form() == Cues.Form.PARTICIPLE) {
            // "Black Lives Matter issued a statement saying ...": a participle's speaker is the clause's subject
            Mention subject = clauseSubject(a, masked, cue, from, cues);
            if (subject != null) return Mentions.make(masked, subject.start(), subject.end());
        }
        Mention m = cue.start() > from ? Mentions.before(masked, from, cue.start()) : null;
        if (m == null && cue.start() > from) {
            // ",” the New York businessman said": whatever short phrase stands between a quotation and its cue names the speaker
            String between = masked.substring(from, cue.start());
            int lead = 0;
            while (lead < between.length() && !Character.isLetter(between.charAt(lead))) lead++;
            String phrase = between.substring(lead).strip();
            if (!phrase.isEmpty() && from + lead < cue.start() && ReportedSpeech.words(phrase) <= 8
                    && phrase.matches("(?s)(?:[A-Z]|(?:the|a|an|his|her|their|its|one|another|some|two|three|several|many|most) ).*")
                    && !phrase.matches("(?s).*([;:“”\"]|\\.\\s+[a-z]).*") && Mentions.speakerPhrase(phrase)
                    && Cues.find(phrase, 0).isEmpty() && !phrase.matches("(?s).*\\b[a-z]+ed\\b.*")) {
                m = Mentions.make(masked, from + lead, from + lead + phrase.length());
            }
        }
        if (m == null && cue.start() > from) {
            // "the announcer said", "the letter said": a determiner and a noun or two right before the cue
            java.util.regex.Matcher d = DET_NOUN.matcher(masked.substring(Math.max(from, cue.start() - 60), cue.start()));
            if (d.find() && Mentions.speakerPhrase(d.group(1)) && !FUNCTION_END.matcher(d.group(1)).find()) {
                int at = Math.max(from, cue.start() - 60) + d.start(1);
                m = Mentions.make(masked, at, at + d.group(1).length());
            }
        }
        // Inverted order only right after a quotation or a comma: "...,” said Irwani." / "..., said the minister."
        String lead = masked.substring(Math.max(from, cue.start() - 3), cue.start()).strip();
        // Inverted order ("..., said John Smith") only after a quotation; never for "told", whose object is the listener
        String beforeLead = masked.substring(Math.max(0, cue.start() - 6), cue.start()).strip();
        boolean afterQuote = lead.isEmpty() || lead.endsWith("”") || lead.endsWith("\"") || lead.endsWith("''") || lead.endsWith("’’")
                || lead.endsWith(",") && beforeLead.matches("(?s).*[”\"'’],$");
        if (m == null && afterQuote && !Cues.isBelief(cue.lemma()) && !cue.lemma().equals("tell")) {
            int para = masked.indexOf('\n', cue.end());
            int limit = Math.max(frameEnd, para < 0 ? masked.length() : Math.min(para, cue.end() + 150));
            m = Mentions.after(masked, cue.end(), limit);
            // "said GOP strategist Keith Nahigian": a first word that cannot speak leaves the whole phrase to decide
            if (!Mentions.canSpeak(m)) m = null;
            if (m == null) {
                // ",” said one longtime adviser to the senator." — the phrase up to the next stop names the speaker
                java.util.regex.Matcher p = INVERTED.matcher(masked.substring(cue.end(), limit));
                if (p.lookingAt() && ReportedSpeech.words(p.group(1)) <= 16 && Mentions.speakerPhrase(p.group(1))) {
                    m = Mentions.make(masked, cue.end() + p.start(1), cue.end() + p.end(1));
                }
            }
        }
        boolean quoteBefore = from > 0 && masked.substring(Math.max(0, from - 3), from).matches("(?s).*[”\"'’].*");
        if (m == null && !afterQuote && quoteBefore && lead.endsWith(",") && !Cues.isBelief(cue.lemma()) && !cue.lemma().equals("tell")) {
            // "“We’re extremely happy” about the decision, said RoseAnn DeMoro": after a comma, only a name is trusted
            Mention named = Mentions.after(masked, cue.end(), Math.max(frameEnd, cue.end()));
            if (named != null && named.kind() == Mention.Kind.NAME) m = named;
        }
        if (m == null && precededByConjunction(masked, from, cue.start())) {
            m = clauseSubject(a, masked, cue, from, cues);
        }
        if (m != null && m.kind() == Mention.Kind.PRONOUN && Cues.isBelief(cue.lemma())) {
            // "Benjamin said he believes ...": the belief is reported by the speech verb's subject, who is the speaker
            Mention reporter = reporter(masked, from, m.start(), cues);
            if (reporter != null) m = reporter;
        }
        if (m != null) {
            m = Mentions.make(masked, m.start(), m.end());
        }
        return m;
    }

    /** The subject of a speech verb standing a few words before {@code at} ("said", "told reporters", "said Tuesday that"). */
    private static Mention reporter(String masked, int from, int at, List<Cues.Cue> cues) {
        for (Cues.Cue c : cues) {
            if (c.end() > at || c.start() < from || c.form() != Cues.Form.FINITE || Cues.isBelief(c.lemma())) continue;
            String between = masked.substring(c.end(), at).strip();
            if (ReportedSpeech.words(between) > 3 || between.matches("(?s).*[,.;:“”\"(].*")) continue;
            return Mentions.before(masked, from, c.start());
        }
        return null;
    }

    /** "..., saying", "... and described": the subject of the sentence's first reporting clause, or of the sentence. */
    private static Mention clauseSubject(Annotated a, String masked, Cues.Cue cue, int from, List<Cues.Cue> cues) {
        for (Cues.Cue other : cues) {
            if (other == cue || other.start() >= cue.start() || other.form() != Cues.Form.FINITE) continue;
            Mention sub = Mentions.before(masked, Math.max(from, 0), other.start());
            if (sub != null) return sub;
        }
        Sentenceish s = Sentenceish.of(a, cue.start());
        Mention subject = Subjects.of(masked, s.start, cue.start());
        return subject != null ? subject : Mentions.lead(masked, s.start, cue.start());
    }

    private static boolean precededByConjunction(String body, int from, int at) {
        String before = body.substring(Math.max(from, at - 12), at).strip();
        return before.endsWith(" and") || before.endsWith(" but") || before.equals("and") || before.equals("but") || before.endsWith(",");
    }

    /** Full when the quotation is a sentence of its own; partial when it sits inside reporting prose. */
    static Statement.Kind kind(String body, Quote q) {
        int p = q.open() - 1;
        while (p >= 0 && (body.charAt(p) == ' ' || body.charAt(p) == '\u00a0')) p--;
        char prev = p < 0 ? '\n' : body.charAt(p);
        char first = body.charAt(q.start());
        if (Character.isLetterOrDigit(prev)) return Statement.Kind.PARTIAL;
        if (Character.isLowerCase(first) && prev != ':') return Statement.Kind.PARTIAL;
        return Statement.Kind.DIRECT;
    }

    /** The sentence around an offset (a small helper so callers need not care about null sentences). */
    record Sentenceish(int start, int end) {
        static Sentenceish of(Annotated a, int at) {
            var s = a.sentenceAt(at);
            return s == null ? new Sentenceish(0, a.doc().body().length()) : new Sentenceish(s.start(), s.end());
        }
    }
}

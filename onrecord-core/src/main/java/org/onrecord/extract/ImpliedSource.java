package org.onrecord.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.Statement.Span;

/**
 * The source of a relation whose cue the tagger found without one (decision 0022). The tagger misses sources it has
 * rarely seen in their place: an unfamiliar name after an inverted cue ("“...,” said Quell"), the subject of a
 * participle ("..., citing fuel costs") or of a second verb ("X inspected the boats and ordered repairs"). English
 * puts the speaker in few places around a cue, so they are read in order of how tightly they bind:
 * <ol>
 * <li>after a cue that follows what was said ("..., said X"): the noun phrase right after it;</li>
 * <li>the noun phrase right before the cue ("X said", "X also told");</li>
 * <li>the subject of the cue's clause: the first name of the clause that stands as a noun phrase of its own.</li>
 * </ol>
 * A pronoun other than he or she is never taken: "it seems", "you want", "we think" are the writer's voice, not a
 * report of someone's words.
 */
final class ImpliedSource {
    private ImpliedSource() {
    }

    /** Where a new clause starts inside a sentence: a semicolon, colon or dash, or a conjunction after a comma. */
    private static final Pattern CLAUSE = Pattern.compile("[;:—–]|,\\s+(?:but|and|while|whereas|although|though)\\s+|\\s+but\\s+");
    /** Share of a word's training occurrences that were cues, under which a sourceless cue is not trusted. */
    private static final double MIN_CUE_SHARE = 0.5;
    private static final String BE_FORMS = "(?:is|are|was|were|be|been|being|am|’s|'s|’re|'re)";
    private static final Pattern BE = Pattern.compile("(?i)" + BE_FORMS);
    private static final Pattern BE_BEFORE = Pattern.compile("(?i)\\b" + BE_FORMS + "(?:\\s+\\p{L}+ly)?\\s+$");
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\b(?:and|but|then|or)\\s+(?:\\p{L}+ly\\s+)?$");
    private static final Pattern BETWEEN_CONTENT_AND_CUE = Pattern.compile("[\\s,;:\"“”'‘’—–-]*");

    /**
     * The span of the words that name the speaker of {@code c}, which has a cue and no source, or null when none is
     * found or what is found names no one ({@link DocumentPeople#resolve} gives null for it).
     */
    static Span of(DocumentPeople people, String body, Candidate c, CueLexicon lexicon) {
        Span cue = c.cue();
        if (cue == null || c.source() != null) return null;
        String text = people.text();
        String cueWords = body.substring(cue.start(), cue.end()).strip();
        String[] words = cueWords.split("[^\\p{L}’'\\-]+");
        String first = words.length == 0 ? "" : words[0];
        // a cue in capitals is a heading's word ("Seems To Be Excellent")
        if (first.isEmpty() || Character.isUpperCase(first.charAt(0))) return null;
        // in the passive ("X was charged with", "have been accused of", "is expected to") the subject is not the speaker
        String lead = text.substring(Math.max(0, cue.start() - 24), cue.start());
        double share = 0;
        for (String w : words) {
            if (BE.matcher(w).matches()) return null;
            share = Math.max(share, lexicon.share(w));
        }
        if (BE_BEFORE.matcher(lead).find()) return null;
        // a verb the training data seldom saw as a cue ("seems", "know") reports nobody's words when the tagger saw no
        // source either
        if (share < MIN_CUE_SHARE) return null;
        int sentence = people.sentenceOf(cue.start());
        int from = sentence < 0 ? Math.max(0, cue.start() - 300) : people.sentenceStart(sentence);
        int to = sentence < 0 || sentence + 1 >= people.sentences() ? text.length() : people.sentenceStart(sentence + 1);
        int line = text.lastIndexOf('\n', Math.max(0, cue.start() - 1));
        from = Math.max(from, line + 1);
        int lineEnd = text.indexOf('\n', cue.end());
        to = Math.min(to, lineEnd < 0 ? text.length() : lineEnd);
        if (c.end() <= cue.start() && BETWEEN_CONTENT_AND_CUE.matcher(body.substring(c.end(), cue.start())).matches()) {
            Span after = usable(people, withNameAfter(text, Mentions.after(text, cue.end(), to), to));
            if (after != null) return after;
        }
        int clause = from;
        Matcher m = CLAUSE.matcher(text).region(from, cue.start());
        while (m.find()) clause = m.end();
        Span before = usable(people, Mentions.before(text, clause, cue.start()));
        if (before != null) return before;
        // the subject of the clause speaks only through a participle ("..., citing fuel costs") or a second verb
        // ("X inspected the boats and ordered repairs"); elsewhere a cue without a subject before it has none here
        boolean participle = first.endsWith("ing") || COORDINATED.matcher(lead).find();
        if (!participle) return null;
        NameIndex.Occurrence subject = people.subjectBetween(clause, cue.start());
        return subject == null ? null : new Span(subject.start(), subject.end());
    }

    /**
     * "said the company’s new executive chair Ana Vale": a description the role words cut short, followed by the name it
     * gives, runs to the end of the name, so that the name, not the description, is read.
     */
    private static Mention withNameAfter(String text, Mention m, int limit) {
        if (m == null || m.kind() != Mention.Kind.DESCRIPTION) return m;
        Matcher n = NAME_AFTER.matcher(text).region(m.end(), limit);
        return n.lookingAt() ? Mentions.make(text, m.start(), n.end()) : m;
    }

    private static final Pattern NAME_AFTER = Pattern.compile("(?:\\s+[a-z][\\p{L}\\-]*){0,2}\\s+" + Mentions.NAMESEQ);

    private static Span usable(DocumentPeople people, Mention m) {
        if (m == null || !Mentions.canSpeak(m)) return null;
        if (m.kind() == Mention.Kind.PRONOUN) {
            String w = m.text().strip().toLowerCase(Locale.ROOT);
            if (!w.equals("he") && !w.equals("she")) return null;
        }
        // "Clinton, at Monday’s debate,", "Dean, a former party chairman,": the name before an apposition is the source
        int comma = people.text().indexOf(',', m.start());
        if (comma > m.start() && comma < m.end() && people.names(m.start(), comma)) return new Span(m.start(), comma);
        return people.names(m.start(), m.end()) ? new Span(m.start(), m.end()) : null;
    }
}

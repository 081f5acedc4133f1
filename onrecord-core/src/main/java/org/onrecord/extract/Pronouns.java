package org.onrecord.extract;

import java.util.List;
import java.util.Locale;

/**
 * What a pronoun that names a speaker stands for, within one document's {@link DocumentPeople}: he or she the nearest
 * fitting person, they and it an organisation or group, "I" outside quotation marks the writer ({@link Writer}),
 * searched from the pronoun's own sentence back over a few sentences of prose.
 */
final class Pronouns {
    /** Sentences of prose a pronoun looks back over for its antecedent, besides its own. */
    private static final int PRONOUN_REACH = 3;

    private final DocumentPeople people;

    Pronouns(DocumentPeople people) {
        this.people = people;
    }

    Speaker resolve(Mention m, String previousSpeaker) {
        String w = m.text().toLowerCase(Locale.ROOT);
        NameIndex.Entity previous = people.entityNamed(previousSpeaker);
        switch (w) {
            case "he", "she" -> {
                Gender g = w.equals("he") ? Gender.MALE : Gender.FEMALE;
                return antecedent(m.start(), previous, e -> people.index().kind(e) == EntityKind.Kind.PERSON && g.agrees(e.gender));
            }
            case "they", "it", "which" -> {
                boolean plural = w.equals("they");
                java.util.function.Predicate<NameIndex.Entity> fits = e -> {
                    EntityKind.Kind k = people.index().kind(e);
                    return k == EntityKind.Kind.ORGANISATION || plural && k == EntityKind.Kind.GROUP;
                };
                if (previous == null && previousSpeaker != null && plural && Character.isLowerCase(previousSpeaker.charAt(0))) {
                    return new Speaker(previousSpeaker, Speaker.Kind.GROUP, List.of());
                }
                return antecedent(m.start(), previous, fits);
            }
            default -> {
                // "I" outside quotation marks is the writer (a column, a review, a blog), and "we" the outlet, a company
                // or writer and reader together: neither is the last person quoted. Only in a transcript ("A: I think")
                // is the first person the one who spoke before.
                boolean firstPerson = Writer.firstPersonSingular(w) || Writer.firstPersonPlural(w);
                if (firstPerson && !Writer.transcript(people.text(), m.start())) {
                    return Writer.firstPersonSingular(w) ? people.writer() : null;
                }
                if (previous != null) return people.speaker(previous);
                return null;
            }
        }
    }

    /**
     * The nearest earlier entity that fits: in the mention's own sentence the first one named (the subject); else the
     * speaker of the statement before, unless someone who fits was named after that speaker's last mention (a new
     * speaker introduced: "Representative Ann Lee also scolded the agency. “...,” she said"); else the nearest one
     * named in the sentences before.
     */
    private Speaker antecedent(int at, NameIndex.Entity previous, java.util.function.Predicate<NameIndex.Entity> fits) {
        int sentence = people.sentenceOf(at);
        int own = sentence < 0 ? Math.max(0, at - 300) : people.sentenceStart(sentence);
        for (NameIndex.Occurrence o : people.index().occurrences) {
            if (o.start() >= own && o.end() <= at && fits.test(o.entity())) return people.speaker(o.entity());
        }
        int from = sentence < 0 ? Math.max(0, at - 1200) : people.sentenceStart(reachBack(sentence));
        NameIndex.Occurrence nearest = null;
        for (int k = sentence - 1; k >= 0 && people.sentenceStart(k) >= from && nearest == null; k--) {
            nearest = subjectOf(people.sentenceStart(k), people.sentenceStart(k + 1), fits);
        }
        if (sentence < 0) nearest = subjectOf(from, own, fits);
        if (previous != null && fits.test(previous)
                && (nearest == null || nearest.entity() == previous || nearest.start() < previous.lastBefore(at))) {
            return people.speaker(previous);
        }
        return nearest == null ? null : people.speaker(nearest.entity());
    }

    /**
     * The first sentence a pronoun in sentence {@code k} looks back to: {@link #PRONOUN_REACH} sentences of prose. A
     * sentence inside quotation marks (blanked in the index's text) names no one a reader could take the pronoun for, so
     * it does not count: "“...,” she said" after a long quotation still reaches the prose that introduced her.
     */
    private int reachBack(int k) {
        int prose = 0, i = k;
        while (i > 0 && prose < PRONOUN_REACH) {
            i--;
            int end = i + 1 < people.sentences() ? people.sentenceStart(i + 1) : people.text().length();
            if (hasWords(people.sentenceStart(i), end)) prose++;
        }
        return i;
    }

    private boolean hasWords(int from, int to) {
        for (int p = from; p < to; p++) if (Character.isLetter(people.text().charAt(p))) return true;
        return false;
    }

    /**
     * The entity a sentence is about: the first fitting name that stands as a noun phrase of its own, not after a
     * preposition ("In questioning by Rep. Lee, Mr. Shaw offered") and not as a modifier or possessive ("the Obama
     * administration", "Trump's idea"); failing that, the last fitting name in it.
     */
    private NameIndex.Occurrence subjectOf(int from, int to, java.util.function.Predicate<NameIndex.Entity> fits) {
        NameIndex.Occurrence last = null;
        for (NameIndex.Occurrence o : people.index().occurrences) {
            if (o.start() < from || o.end() > to || !fits.test(o.entity())) continue;
            if (people.standsAlone(o)) return o;
            last = o;
        }
        return last;
    }
}

package org.onrecord.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One reported statement: a quotation or reported speech, where it stands, who said it and when.
 *
 * @param id             stable id ({@code doc:bodyStart})
 * @param doc            the document id
 * @param source         the document's source, as in documents.jsonl
 * @param kind           direct, partial or indirect
 * @param text           the words, without quotation marks
 * @param start          start of {@code text} in the source text ({@code offsets=source}) or the body
 * @param end            end (exclusive)
 * @param offsets        "source" or "body": what {@code start} and {@code end} point into
 * @param bodyStart      start of {@code text} in the document body, whatever {@code offsets} says
 * @param bodyEnd        end in the body (exclusive)
 * @param speaker        canonical name of the speaker, or null when unattributed
 * @param speakerMention the words naming the speaker nearest the statement ("he", "the top diplomat"), or null
 * @param cue            the reporting words ("said", "flatly denied"), or null
 * @param saidOn         when the words were spoken: YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY, or null
 * @param group          shared by the reports of one statement across documents (set by resolve), or null
 * @param sentence       the sentence (or paragraph) the statement stands in: the evidence shown to readers
 * @param cueSpan        where the cue stands in the body, or null
 * @param mentionSpan    where the speaker mention stands in the body, or null
 * @param saidOnBasis    where {@code saidOn} comes from: {@code stated} (a time expression of the statement's own
 *                       reporting clause), {@code occasion} (the article's account of the occasion the speaker spoke
 *                       at), {@code published} (the article reports it as news of its publication day); null when
 *                       {@code saidOn} is null
 */
public record Statement(String id, String doc, String source, Kind kind, String text, int start, int end,
                        String offsets, int bodyStart, int bodyEnd, String speaker, String speakerMention,
                        String cue, String saidOn, String group, String sentence, Span cueSpan, Span mentionSpan,
                        String saidOnBasis) {
    public static final String STATED = "stated", OCCASION = "occasion", PUBLISHED = "published";

    /** A statement without a said_on basis (none known, or not yet decided). */
    public Statement(String id, String doc, String source, Kind kind, String text, int start, int end,
                     String offsets, int bodyStart, int bodyEnd, String speaker, String speakerMention,
                     String cue, String saidOn, String group, String sentence, Span cueSpan, Span mentionSpan) {
        this(id, doc, source, kind, text, start, end, offsets, bodyStart, bodyEnd, speaker, speakerMention, cue, saidOn,
                group, sentence, cueSpan, mentionSpan, null);
    }

    /** A stretch of the body, end exclusive. */
    public record Span(int start, int end) {
    }

    public enum Kind {
        DIRECT, PARTIAL, INDIRECT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (end < start) {
            throw new IllegalArgumentException("statement " + id + ": end " + end + " before start " + start);
        }
    }

    public Statement withSpeaker(String canonical) {
        return new Statement(id, doc, source, kind, text, start, end, offsets, bodyStart, bodyEnd, canonical,
                speakerMention, cue, saidOn, group, sentence, cueSpan, mentionSpan, saidOnBasis);
    }

    public Statement withId(String newId) {
        return new Statement(newId, doc, source, kind, text, start, end, offsets, bodyStart, bodyEnd, speaker,
                speakerMention, cue, saidOn, group, sentence, cueSpan, mentionSpan, saidOnBasis);
    }

    public Statement withSaidOn(String date, String basis) {
        return new Statement(id, doc, source, kind, text, start, end, offsets, bodyStart, bodyEnd, speaker,
                speakerMention, cue, date, group, sentence, cueSpan, mentionSpan, date == null ? null : basis);
    }

    public Statement withGroup(String g) {
        return new Statement(id, doc, source, kind, text, start, end, offsets, bodyStart, bodyEnd, speaker,
                speakerMention, cue, saidOn, g, sentence, cueSpan, mentionSpan, saidOnBasis);
    }
}

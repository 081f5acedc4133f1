package org.onrecord.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cleaned article: its body without boilerplate and what is known about it. The fields named in
 * EXPORT.md keep their meaning; {@code deck}, {@code byline} and {@code dateline} are extras.
 *
 * @param id        stable id: the same input text always gets the same id
 * @param source    the input as given
 * @param body      the article text, paragraphs separated by a blank line
 * @param format    the input format (decides where statement offsets point)
 * @param sourceMap for plain-text input, where body stretches stand in the source text
 * @param text      the decoded source text (plain-text input only; null for HTML, to keep records small)
 */
public record Document(String id, String source, String url, String outlet, LocalDate published,
                       String title, String deck, String byline, String dateline, String body,
                       Format format, SourceMap sourceMap, String text) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
        sourceMap = sourceMap == null ? SourceMap.NONE : sourceMap;
    }

    /** The headline texts (title and deck), where headline quotations are looked for. */
    public String headlines() {
        return (title == null ? "" : title) + (deck == null ? "" : "\n" + deck);
    }
}

package org.onrecord.model;

/** The shape of an input document's text, which decides how it is cleaned and where offsets point. */
public enum Format {
    /** Plain text (a crawl dump): statement offsets point into the decoded source text. */
    TEXT,
    /** An HTML page (a file or a WARC response): statement offsets point into the cleaned body. */
    HTML;

    /** The EXPORT.md value of {@code offsets} for statements of documents in this format. */
    public String offsetsBase() {
        return this == TEXT ? "source" : "body";
    }
}

package org.onrecord.model;

import java.util.Objects;

/**
 * One input document after ingest: decoded text and what the crawl said about it.
 *
 * @param source   the input as given ({@code path}, or {@code path#targetURI} for a WARC record)
 * @param text     the decoded text of the file or record payload
 * @param format   plain text or HTML
 * @param manifest metadata from the manifest (highest precedence), {@link Metadata#EMPTY} if none
 * @param url      the URL the crawl fetched the document from (WARC target URI), or null
 */
public record RawDocument(String source, String text, Format format, Metadata manifest, String url) {
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        manifest = manifest == null ? Metadata.EMPTY : manifest;
    }
}

package org.onrecord.model;

import java.time.LocalDate;

/**
 * Crawl metadata of one document. Any field may be null (unknown); an unknown date stays null,
 * never the file time or today.
 */
public record Metadata(String url, String outlet, LocalDate published, String title) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null);

    /** Fields of this record where set, the other's where this one is null: this one takes precedence. */
    public Metadata orElse(Metadata other) {
        if (other == null) {
            return this;
        }
        return new Metadata(
                url != null ? url : other.url,
                outlet != null ? outlet : other.outlet,
                published != null ? published : other.published,
                title != null ? title : other.title);
    }
}

package org.onrecord.clean;

import java.time.LocalDate;
import org.onrecord.model.SourceMap;

/** What a cleaner found in one input: the body and the metadata the input itself shows. */
record Cleaned(String title, String deck, String byline, String dateline, String body, SourceMap sourceMap,
               String outlet, LocalDate published, String url) {
}

package org.onrecord.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.onrecord.clean.Clean;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.Metadata;
import org.onrecord.model.RawDocument;
import org.onrecord.model.SourceMap;

/** Fuzz target for clean: any text, as a plain-text article or an HTML page, gives a document. */
class CleanFuzzTest {
    static {
        // Class loading and JIT before the first input, so that it is not reported as a slow input.
        Clean.clean(new RawDocument("warm-up", "<html><body><p>A fictional page.</p></body></html>", Format.HTML, Metadata.EMPTY, null));
        Clean.clean(new RawDocument("warm-up", "A fictional text.\n\nIts second paragraph.", Format.TEXT, Metadata.EMPTY, null));
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void clean(FuzzedDataProvider data) {
        Format format = data.consumeBoolean() ? Format.HTML : Format.TEXT;
        String url = data.consumeBoolean() ? data.consumeString(100) : null;
        String text = data.consumeRemainingAsString();
        Document d = Clean.clean(new RawDocument("fuzz", text, format, Metadata.EMPTY, url));
        assertNotNull(d.body());
        assertNotNull(d.id());
        if (format == Format.TEXT) {
            // Statement offsets of plain text point into the source through the map: each stretch must be the same text.
            for (SourceMap.Segment seg : d.sourceMap().segments()) {
                int bs = seg.bodyStart(), ss = seg.sourceStart(), n = seg.length();
                assertTrue(bs >= 0 && ss >= 0 && n >= 0 && bs + n <= d.body().length() && ss + n <= text.length(),
                        () -> seg + " out of bounds for " + Show.of(text));
                assertEquals(text.substring(ss, ss + n), d.body().substring(bs, bs + n), () -> seg + " of " + Show.of(text));
            }
        }
    }
}

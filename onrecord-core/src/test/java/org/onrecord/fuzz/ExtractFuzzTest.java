package org.onrecord.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.onrecord.model.Document;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Standard;
import org.onrecord.testing.Docs;

/** Fuzz target for extract (after clean and annotate): any text gives statements whose spans lie in its body. */
class ExtractFuzzTest {
    static {
        // Loads CoreNLP and the extraction rules before the first input, so that it is not reported as a slow input.
        Standard.statements(Docs.text("“The fictional fees will fall,” Mayor Tom Reyes said on Monday.", LocalDate.of(2024, 3, 4)));
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void extract(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? LocalDate.of(2024, 3, 4) : null;
        Document doc = Docs.text(data.consumeRemainingAsString(), published);
        int length = doc.body().length();
        for (Statement s : Standard.statements(doc)) {
            assertTrue(s.bodyStart() >= 0 && s.bodyStart() <= s.bodyEnd() && s.bodyEnd() <= length,
                    s.bodyStart() + ".." + s.bodyEnd() + " in " + length);
        }
    }
}

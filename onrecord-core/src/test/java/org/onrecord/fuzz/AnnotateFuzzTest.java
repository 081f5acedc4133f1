package org.onrecord.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.onrecord.annotate.Annotate;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Sentence;
import org.onrecord.annotate.TimeExpression;
import org.onrecord.model.Document;
import org.onrecord.testing.Docs;

/** Fuzz target for annotate: sentences and time expressions of any text lie inside it, in order. */
class AnnotateFuzzTest {
    static {
        // Loads CoreNLP before the first input, so that it is not reported as a slow input.
        Annotate.annotate(Docs.text("“The fictional fees will fall,” the mayor said on Monday.", LocalDate.of(2024, 3, 4)));
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void annotate(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeInt(0, 40_000)) : null;
        Document doc = Docs.text(data.consumeRemainingAsString(), published);
        Annotated a = Annotate.annotate(doc);
        int length = doc.body().length();
        int last = 0;
        for (Sentence s : a.sentences()) {
            assertTrue(s.start() >= last && s.start() <= s.end() && s.end() <= length, s + " in " + length);
            last = s.end();
        }
        for (TimeExpression t : a.times()) {
            assertTrue(t.start() >= 0 && t.start() <= t.end() && t.end() <= length, t + " in " + length);
        }
    }
}

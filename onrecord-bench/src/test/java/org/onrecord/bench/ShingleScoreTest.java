package org.onrecord.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onrecord.testing.SharedData;

class ShingleScoreTest {
    @Test
    void handComputedExample() {
        ShingleScore s = new ShingleScore();
        // gold shingles: a b c d, b c d e ; predicted: a b c d, b c d x -> TP 1, FP 1, FN 1 -> P = R = 0.5
        s.add("a b c d e", "a b c d x");
        s.add("short", "short");
        ShingleScore.Figures f = s.figures();
        assertEquals(0.75, f.precision(), 1e-12);
        assertEquals(0.75, f.recall(), 1e-12);
        assertEquals(0.5, f.accuracy(), 1e-12);
    }

    @Test
    void tokensAreUnicodeLettersAndDigitsWithoutCombiningMarks() {
        assertEquals(java.util.List.of("Weizs", "cker", "2019", "a_b"), ShingleScore.tokens("Weizs\u0308cker, 2019 a_b!"));
        assertEquals(java.util.List.of("Kepa", "71", "6million", "é"), ShingleScore.tokens("Kepa £71.6million — é"));
    }

    /** The benchmark's published trafilatura figures (0.958 / 0.938 / 0.978), which score_aeb.py reproduces. */
    @Test
    void reproducesPublishedFiguresOfTheBenchmarkOutputs() throws IOException {
        Path aeb = SharedData.require().resolve("bench/aeb");
        ObjectMapper json = new ObjectMapper();
        JsonNode gold = json.readTree(aeb.resolve("ground-truth.json").toFile());
        JsonNode pred = json.readTree(aeb.resolve("output/trafilatura.json").toFile());
        if (pred.has("output") && pred.has("version")) {
            pred = pred.get("output");
        }
        ShingleScore s = new ShingleScore();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = pred.get(e.getKey());
            s.add(e.getValue().path("articleBody").asText(""), p == null || p.path("articleBody").isNull() ? (p == null ? null : "") : p.path("articleBody").asText());
        }
        ShingleScore.Figures f = s.figures();
        assertEquals(0.958, f.f1(), 0.0005);
        assertEquals(0.938, f.precision(), 0.0005);
        assertEquals(0.978, f.recall(), 0.0005);
    }
}

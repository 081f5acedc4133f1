package org.onrecord.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.testing.SharedData;

/**
 * {@code bench saidon}: the dev set is well formed (no text, only the allowed sources, a held-out part of whole
 * articles), and the runner reads and scores all of it. The figures come from {@code onrecord bench saidon}.
 */
class SaidOnBenchTest {
    private static final Pattern VALUE = Pattern.compile("\\d{4}(-\\d\\d(-\\d\\d)?|-W\\d\\d)?");

    @TempDir
    Path out;

    private static List<JsonNode> lines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = SaidOnBench.class.getResourceAsStream(SaidOnBench.DEVSET)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) out.add(json.readTree(line));
            }
        }
        return out;
    }

    @Test
    void devSetHoldsOffsetsAndHashesOfAllowedArticlesOnly() throws IOException {
        List<JsonNode> lines = lines();
        assertTrue(lines.size() >= 300, "at least 300 statements: " + lines.size());
        Set<String> dev = new HashSet<>(), held = new HashSet<>();
        int heldOut = 0;
        for (JsonNode j : lines) {
            String file = j.path("file").asText();
            assertTrue(file.matches("bench/basil/articles/(2013|2014|2015|2019)/.*\\.json") || file.matches("bench/htmldate/html/\\d{4}\\.html\\.gz"),
                    "only BASIL 2013-2015 and 2019 and htmldate pages: " + file);
            assertEquals(Set.of("file", "file_sha1", "start", "end", "span_sha1", "said_on", "basis", "part"),
                    toSet(j.fieldNames()), "no text is kept: " + j);
            String said = j.path("said_on").isNull() ? null : j.path("said_on").asText();
            String basis = j.path("basis").isNull() ? null : j.path("basis").asText();
            assertTrue(said == null || VALUE.matcher(said).matches(), "said_on " + said);
            assertEquals(said == null, basis == null, "a basis exactly when a said_on: " + j);
            assertTrue(basis == null || Set.of("stated", "occasion", "published").contains(basis), "basis " + basis);
            boolean h = j.path("part").asText().equals("heldout");
            assertTrue(h || j.path("part").asText().equals("dev"));
            (h ? held : dev).add(file);
            if (h) heldOut++;
        }
        assertTrue(heldOut * 5 >= lines.size(), "at least a fifth held out: " + heldOut);
        held.retainAll(dev);
        assertTrue(held.isEmpty(), "an article is wholly dev or wholly held out: " + held);
    }

    private static Set<String> toSet(java.util.Iterator<String> it) {
        Set<String> s = new HashSet<>();
        it.forEachRemaining(s::add);
        return s;
    }

    @Test
    void scoresEveryAnnotatedStatement() throws IOException {
        SaidOnBench.Result r = SaidOnBench.run(SharedData.require(), out);
        assertEquals(lines().size(), r.dev().spans() + r.heldOut().spans());
        assertEquals(18, r.articles());
        assertEquals(lines().size() + 1, Files.readAllLines(r.output()).size());
        assertTrue(r.scoreLine().startsWith("SCORE saidon_heldout="), r.scoreLine());
        // floors a little under the figures of decision 0018 (held-out 0.837, dev 0.870)
        assertTrue(r.heldOut().accuracy() >= 0.80, r.scoreLine());
        assertTrue(r.dev().accuracy() >= 0.83, r.scoreLine());
        assertFalse(r.dev().accuracy() < r.dev().baselineAccuracy(), r.scoreLine());
    }
}

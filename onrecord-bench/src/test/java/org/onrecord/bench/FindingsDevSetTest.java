package org.onrecord.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.onrecord.testing.SharedData;

/**
 * The findings dev set ({@code devsets/findings-pairs.jsonl}, described in {@code FINDINGS-README.md}) is well
 * formed, draws only on the sources it may use, and every span still points at the words it was annotated on.
 */
class FindingsDevSetTest {
    private static final String RESOURCE = "/org/onrecord/bench/devsets/findings-pairs.jsonl";
    private static final Set<String> TYPES = Set.of("contradiction", "colleague_inconsistency", "disputed", "shift", "none");
    private static final Set<String> LOOKALIKES =
            Set.of("repeat", "narrowing", "different_subject", "conditional", "quoting_opponent", "other");
    private static final Set<String> KINDS = Set.of("direct", "partial", "indirect");
    /** BASIL years 2013, 2014, 2015, 2019 and the htmldate pages only: other BASIL years and PolNeAR are the hidden check. */
    private static final Pattern ALLOWED_FILE = Pattern.compile(
            "bench/basil/articles/(2013|2014|2015|2019)/[0-9a-f-]+_[123]\\.json|bench/htmldate/html/\\d{4}\\.html\\.gz");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    private static List<JsonNode> pairs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = FindingsDevSetTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) out.add(json.readTree(line));
            }
        }
        return out;
    }

    @Test
    void pairsAreWellFormedAndMeetTheIssueCounts() throws IOException {
        List<JsonNode> pairs = pairs();
        Set<String> ids = new HashSet<>();
        Map<String, Integer> perType = new HashMap<>();
        for (JsonNode p : pairs) {
            String id = p.path("id").asText();
            assertTrue(ids.add(id), "duplicate id " + id);
            String type = p.path("type").asText();
            assertTrue(TYPES.contains(type), id + ": type " + type);
            perType.merge(type, 1, Integer::sum);
            if (type.equals("none")) {
                assertTrue(LOOKALIKES.contains(p.path("lookalike").asText()), id + ": lookalike");
            } else {
                assertTrue(p.path("lookalike").isNull(), id + ": a finding has no lookalike");
            }
            assertTrue(p.path("why").asText().length() > 20, id + ": why");
            for (String side : List.of("a", "b")) {
                JsonNode s = p.path(side);
                String where = id + "." + side;
                assertTrue(ALLOWED_FILE.matcher(s.path("file").asText()).matches(), where + ": source " + s.path("file"));
                assertTrue(s.path("start").asInt() < s.path("end").asInt(), where + ": empty span");
                assertTrue(KINDS.contains(s.path("kind").asText()), where + ": kind");
                assertTrue(!s.path("speaker").asText().isBlank(), where + ": speaker");
                JsonNode said = s.path("said_on");
                assertTrue(said.isNull() || DATE.matcher(said.asText()).matches(), where + ": said_on " + said);
            }
        }
        for (String finding : List.of("contradiction", "colleague_inconsistency", "disputed")) {
            assertTrue(perType.getOrDefault(finding, 0) >= 8, finding + ": " + perType);
        }
        assertTrue(perType.getOrDefault("none", 0) >= 20, "look-alikes: " + perType);
        assertTrue(pairs.size() >= 60, "pairs: " + pairs.size());
    }

    @Test
    void everySpanStillCoversTheWordsItWasAnnotatedOn() throws IOException {
        Path shared = SharedData.require();
        Map<String, String> texts = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        int spans = 0;
        for (JsonNode p : pairs()) {
            for (String side : List.of("a", "b")) {
                JsonNode s = p.path(side);
                String where = p.path("id").asText() + "." + side;
                String file = s.path("file").asText();
                byte[] bytes = Files.readAllBytes(shared.resolve(file));
                assertEquals(s.path("file_sha1").asText(), sha1(bytes), where + ": " + file + " changed");
                String text = texts.computeIfAbsent(file, f -> textOf(shared, f, bytes));
                int start = s.path("start").asInt();
                int end = s.path("end").asInt();
                assertTrue(end <= text.length(), where + ": span past the end of " + file);
                String span = text.substring(start, end);
                assertEquals(s.path("span_sha1").asText(), sha1(span.getBytes(StandardCharsets.UTF_8)), where + ": span text");
                spans++;
            }
        }
        assertTrue(spans >= 120, "spans: " + spans);
    }

    /** The text the offsets count in: BasilBench's article body for BASIL, the page's UTF-8 characters for HTML. */
    private static String textOf(Path shared, String file, byte[] bytes) {
        try {
            if (file.endsWith(".json")) {
                return BasilText.read(shared, file).body();
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(in.readAllBytes()))
                        .toString();
            }
        } catch (IOException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.onrecord.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The BASIL body text and anchored spans, on a FICTIONAL article in BASIL's shape written for this test. */
class BasilTextTest {
    private static final String ARTICLE = """
            {"uuid": "u-1", "source": "fox", "date": "2031-04-02", "title": "Ferry fares",
             "body-paragraphs": [[" The ferry board met on Monday."], ["“Fares will fall,” said Marta Lindqvist.", "She chairs it."]]}
            """;

    @TempDir
    Path shared;

    private String write() throws IOException {
        Files.createDirectories(shared.resolve("bench/basil/articles/2031"));
        Files.writeString(shared.resolve("bench/basil/articles/2031/u_1.json"), ARTICLE, StandardCharsets.UTF_8);
        return "bench/basil/articles/2031/u_1.json";
    }

    @Test
    void bodyIsTheSentencesEachWithASpaceParagraphsSeparatedAndStripped() throws IOException {
        BasilText.Article a = BasilText.read(shared, write());
        assertEquals("The ferry board met on Monday. \n\n“Fares will fall,” said Marta Lindqvist. She chairs it.", a.body());
        // sentence starts are shifted by the leading space strip() removed
        assertArrayEquals(new int[]{-1, 33, 74}, a.sentenceStarts());
        assertEquals("She chairs it.", a.body().substring(74, 88));
        assertEquals("fox", a.document("d").outlet());
        assertEquals(a.body(), a.document("d").body());
    }

    @Test
    void anchoredSpansAreCheckedAgainstBothSha1s() throws IOException {
        String file = write();
        BasilText.Articles articles = new BasilText.Articles(shared);
        String fileSha1 = BasilText.sha1(Files.readAllBytes(shared.resolve(file)));
        String good = line(file, fileSha1, 34, 49, BasilText.sha1("Fares will fall"));
        List<BasilText.Anchored> read = BasilText.anchored(stream(good + "\n\n"), "set.jsonl", articles);
        assertEquals(1, read.size());
        assertEquals("Fares will fall", read.get(0).span().text());
        assertEquals("Marta Lindqvist", read.get(0).line().get("speaker").asText());

        IOException shifted = assertThrows(IOException.class,
                () -> BasilText.anchored(stream(good + "\n" + line(file, fileSha1, 35, 50, BasilText.sha1("Fares will fall"))), "set.jsonl", articles));
        assertTrue(shifted.getMessage().startsWith("set.jsonl line 2: span 35..50 of " + file), shifted.getMessage());

        IOException edited = assertThrows(IOException.class,
                () -> BasilText.anchored(stream(line(file, "0".repeat(40), 34, 49, BasilText.sha1("Fares will fall"))), "set.jsonl", articles));
        assertTrue(edited.getMessage().startsWith("set.jsonl line 1: " + file + " has SHA-1 " + fileSha1), edited.getMessage());

        IOException outside = assertThrows(IOException.class,
                () -> BasilText.anchored(stream(line(file, fileSha1, 80, 900, "x")), "set.jsonl", articles));
        assertTrue(outside.getMessage().contains("outside the body"), outside.getMessage());

        IOException missing = assertThrows(IOException.class,
                () -> BasilText.anchored(stream(line("bench/basil/articles/2031/none.json", fileSha1, 0, 1, "x")), "set.jsonl", articles));
        assertTrue(missing.getMessage().contains("none.json: BASIL article not found"), missing.getMessage());
    }

    private static String line(String file, String fileSha1, int start, int end, String spanSha1) {
        return "{\"file\": \"" + file + "\", \"file_sha1\": \"" + fileSha1 + "\", \"start\": " + start + ", \"end\": " + end
                + ", \"span_sha1\": \"" + spanSha1 + "\", \"speaker\": \"Marta Lindqvist\"}";
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}

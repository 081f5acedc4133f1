package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No content can wedge a store. Issue 9's case: headline findings were keyed by a 32-bit {@code hashCode}, and a
 * page whose title and description quote the same phrase gave two findings one id; the unique key then refused
 * the cross-document stage of this and every later run. This fictional page has both: the same phrase in its
 * title and its description, and two phrases whose old ids collide ("Aa" and "BB" have one {@code hashCode}).
 */
class DerivedIdsTest {
    private static final String PAGE = "<html><head><title>“Aa went home early” and “the port is closed”, says a fictional minister</title>"
            + "<meta name=\"description\" content=\"“BB went home early” and “the port is closed”: a fictional story\">"
            + "<meta property=\"og:site_name\" content=\"Fictional Gazette\"></head><body><article>"
            + "<p>The fictional minister Anna Varga said on Monday: “Aa went home late.” She added: “BB went home late.”</p>"
            + "<p>“The port is not closed,” Varga said, and talks would go on.</p></article></body></html>";

    @TempDir
    Path dir;

    @Test
    void findingsThatUsedToShareAnIdAreStoredAndEveryRunStillWorks() throws IOException {
        assertEquals(("x" + "Aa went home early").hashCode(), ("x" + "BB went home early").hashCode(), "the old ids collide");
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        String db = dir.resolve("s.db").toString();
        for (int run = 1; run <= 2; run++) {
            Run r = Run.of("analyze", page.toString(), "--store", db, "--export", dir.resolve("out").toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.err().isBlank(), "run " + run + ": " + r.err());
        }
        List<String> lines = Files.readAllLines(dir.resolve("out/findings.jsonl"));
        Set<String> ids = new HashSet<>();
        Set<String> quoted = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            var f = json.readTree(line);
            assertTrue(ids.add(f.get("id").asText()), "one id per finding: " + lines);
            String reason = f.get("reason").asText();
            quoted.add(reason.substring(reason.indexOf('“') + 1, reason.indexOf('”')));
        }
        assertEquals(Set.of("Aa went home early", "BB went home early", "the port is closed"), quoted,
                "one finding per phrase: the phrase quoted in the title and the description is one finding");
        assertEquals(3, lines.size());
    }

    @Test
    void badRunOptionsAreUsageErrors() {
        Run threads = Run.of("analyze", "x.txt", "--threads", "0", "--store", dir.resolve("s.db").toString());
        assertEquals(2, threads.exit());
        assertEquals("error: threads must be at least 1, not 0", threads.err().strip());
        Run budget = Run.of("analyze", "x.txt", "--budget", "0", "--store", dir.resolve("s.db").toString());
        assertEquals(2, budget.exit());
        assertTrue(budget.err().startsWith("error: the time budget must be positive"), budget.err());
    }
}

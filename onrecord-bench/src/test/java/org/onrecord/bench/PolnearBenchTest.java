package org.onrecord.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.pipeline.Standard;

/** The BRAT relations `bench polnear` writes, on a FICTIONAL text written for this test. */
class PolnearBenchTest {
    @TempDir
    Path dir;

    @Test
    void writesAttributedStatementsAndLeavesOutQuotationsNobodyIsCitedFor() throws IOException {
        String text = "Mayor Tom Reyes opened the ferry terminal on Monday.\n\n"
                + "“It is a terminal for everyone,” Reyes said.\n\n"
                + "At noon the line “The rally is over for good this time” was on every screen of the port.\n";
        Path ann = dir.resolve("x.ann");
        PolnearBench.writeAnn(ann, text, PolnearBench.outermost(Standard.statements(PolnearBench.asDocument("x", text))));
        List<String> lines = Files.readAllLines(ann);
        List<String> relations = lines.stream().filter(l -> l.startsWith("E")).toList();
        assertEquals(1, relations.size(), String.join("\n", lines));
        assertTrue(relations.get(0).matches("E1\\tAttribution:T\\d+ Source:T\\d+ Cue:T\\d+ Content:T\\d+"), relations.get(0));
        assertTrue(lines.contains("T3\tSource " + text.indexOf("Reyes said") + " " + (text.indexOf("Reyes said") + 5) + "\tReyes"),
                String.join("\n", lines));
    }
}

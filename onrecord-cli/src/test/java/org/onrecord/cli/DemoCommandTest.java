package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoAnalysesTheFictionalStoryAndSaysSo() {
        Run r = Run.of("demo", "--dir", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("FICTIONAL"), r.out());
        assertTrue(r.out().contains("5 documents"), r.out());
        assertTrue(r.out().contains("2025-02-08 | Kestrian Wire | Valdoria 'will never arm Kestria', says minister"), r.out());
        assertTrue(r.out().contains("2025-03-05 | Northern Ledger | Valdoria admits shell sales to Kestria"), r.out());
        assertTrue(Files.exists(dir.resolve("demo.db")));
    }

    @Test
    void demoKeepsItsStoreAndTheNextCommandsItPrintsWork() throws java.io.IOException {
        Path where = dir.resolve("my demo");
        Run r = Run.of("demo", "--dir", where.toString());
        assertEquals(0, r.exit(), r.err());
        Path db = where.resolve("demo.db");
        assertTrue(r.out().contains("The store stays in " + db + ". Next, try:"), r.out());
        List<List<String>> next = r.out().lines().filter(l -> l.startsWith("  ./onrecord ")).map(DemoCommandTest::words).toList();
        assertEquals(List.of("timeline", "outlets", "serve", "report", "export"), next.stream().map(w -> w.get(1)).toList(), r.out());
        for (List<String> cmd : next) {
            assertEquals(List.of("--store", db.toString()), cmd.subList(cmd.size() - 2, cmd.size()), "real paths: " + cmd);
            if (cmd.get(1).equals("serve")) continue; // serves until stopped
            Run run = Run.of(cmd.subList(1, cmd.size()).toArray(String[]::new));
            assertEquals(0, run.exit(), cmd + ": " + run.err());
        }
        assertTrue(next.get(0).get(2).equals("Teodor Brannick"), "the timeline of the most quoted person: " + next.get(0));
        assertTrue(Files.exists(where.resolve("report/index.html")));
        assertTrue(Files.exists(where.resolve("export/statements.jsonl")));

        // docs/EXPORT.md: every CSV row has every column, also a finding without evidence (a misquoting headline)
        Run csv = Run.of("export", "--format", "csv", "--out", where.resolve("csv").toString(), "--store", db.toString());
        assertEquals(0, csv.exit(), csv.err());
        for (String table : List.of("documents", "statements", "people", "findings", "stories")) {
            List<List<String>> records = csvRecords(Files.readString(where.resolve("csv/" + table + ".csv")));
            assertTrue(records.size() > 1, table);
            for (List<String> record : records) assertEquals(records.get(0).size(), record.size(), table + ": " + record);
        }
        assertTrue(Files.readString(where.resolve("csv/findings.csv")).startsWith("id,type,a,b,reason,topic,evidence\r\n"));
    }

    /** RFC 4180 records. */
    private static List<List<String>> csvRecords(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else cell.append(c);
        }
        return records;
    }

    @Test
    void theDefaultFolderIsNamedAndADirThatIsAFileIsRefused() throws Exception {
        String dflt = Onrecord.commandLine().getSubcommands().get("demo").getCommandSpec().findOption("--dir").defaultValue();
        assertEquals("onrecord-demo", dflt);
        assertTrue(Run.of("demo", "--help").out().contains("Default: ./onrecord-demo"));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run r = Run.of("demo", "--dir", file.toString());
        assertEquals(2, r.exit());
        assertEquals("error: --dir " + file + " is a file, not a folder", r.err().strip());
    }

    @Test
    void shellQuoting() {
        assertEquals("onrecord-demo/demo.db", DemoCommand.shell("onrecord-demo/demo.db"));
        assertEquals("\"Teodor Brannick\"", DemoCommand.shell("Teodor Brannick"));
        assertEquals("'it'\\''s \"x\"'", DemoCommand.shell("it's \"x\""));
    }

    /** The words of a printed command line as a POSIX shell splits them (quotes as DemoCommand.shell writes them). */
    private static List<String> words(String line) {
        String l = line.replaceFirst("\\s+#.*$", "").strip();
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean in = false;
        char quote = 0;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                in = true;
            } else if (c == ' ') {
                if (in) words.add(w.toString());
                w.setLength(0);
                in = false;
            } else {
                w.append(c);
                in = true;
            }
        }
        if (in) words.add(w.toString());
        return words;
    }
}

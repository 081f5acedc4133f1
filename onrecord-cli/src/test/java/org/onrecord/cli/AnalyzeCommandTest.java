package org.onrecord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Document;
import org.onrecord.store.Store;
import org.onrecord.testing.Warcs;

/** {@code onrecord analyze} over good files mixed with every kind of bad input, in one run. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private static final String GOOD_TEXT = "Harbour deal denied\n\nThe fictional minister said on Monday that “the harbour is not for sale,” "
            + "and that talks would go on.\n";
    private static final String GOOD_HTML = "<html><head><meta property=\"og:site_name\" content=\"Fictional Gazette\"></head><body>"
            + "<article><p>The fictional mayor said the bridge would reopen next week after long repairs.</p></article></body></html>";

    @Test
    void badInputsAreNamedAndGoodFilesAreStored() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD_TEXT);
        Files.writeString(in.resolve("good.html"), GOOD_HTML);
        Files.write(in.resolve("latin1.txt"), "Le ministre a d\u00e9clar\u00e9 que la d\u00e9cision \u00e9tait prise.".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("image.html"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("truncated.html.gz"), Arrays.copyOf(gzip(GOOD_HTML.repeat(40)), 60));
        byte[] warc = new Warcs()
                .response("https://news.example/ok", "text/html; charset=utf-8", GOOD_HTML.replace("bridge", "tunnel"), StandardCharsets.UTF_8)
                .response("https://news.example/cut", "text/html", "<p>cut</p>".repeat(200), StandardCharsets.UTF_8).bytes();
        Files.write(in.resolve("truncated.warc"), Arrays.copyOf(warc, warc.length - 500));
        Path huge = in.resolve("huge.html");
        try (OutputStream o = Files.newOutputStream(huge)) {
            byte[] para = "<p>This fictional page is far too long to be a news article.</p>\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L * 1024 * 1024; written += para.length) {
                o.write(para);
            }
        }
        Path missing = dir.resolve("missing.txt");
        Path db = dir.resolve("store.db");

        Run r = Run.of("analyze", in.toString(), missing.toString(), "--store", db.toString());

        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.contains("error: " + in.resolve("image.html") + ": binary file (PNG image), not text or HTML"), r.err());
        assertTrue(lines.contains("error: " + in.resolve("empty.txt") + ": empty file"), r.err());
        assertTrue(lines.contains("error: " + in.resolve("truncated.html.gz") + ": truncated gzip file (unexpected end of data)"), r.err());
        assertTrue(lines.contains("error: " + huge + ": too large (50.0 MB, the limit is 16 MB a document)"), r.err());
        assertTrue(lines.contains("error: " + missing + ": no such file or folder"), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("warning: " + in.resolve("latin1.txt")
                + ": not valid UTF-8 and no charset declared; detected windows-1252 (confidence ")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("error: " + in.resolve("truncated.warc") + ": truncated or damaged WARC at offset")), r.err());
        assertTrue(r.out().contains("4 document(s) (4 new)"), r.out());

        try (Store s = Store.open(db)) {
            List<String> sources = s.documents().stream().map(Document::source).sorted().toList();
            assertEquals(List.of(in.resolve("good.html").toString(), in.resolve("good.txt").toString(),
                    in.resolve("latin1.txt").toString(), in.resolve("truncated.warc") + "#https://news.example/ok"), sources);
            assertTrue(s.documents().stream().anyMatch(d -> d.body().contains("a déclaré que la décision")));
            assertTrue(s.problems().size() >= 7);
        }

        Run again = Run.of("analyze", in.toString(), "--store", db.toString(), "--strict", "-q");
        assertEquals(1, again.exit(), "--strict fails the run on any error");
        assertTrue(again.out().contains("4 document(s) (0 new)"), again.out());
        try (Store s = Store.open(db)) {
            assertEquals(4, s.documents().size(), "re-running stores nothing twice");
        }
    }

    @Test
    void nothingReadableExitsOne() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Run r = Run.of("analyze", empty.toString(), "--store", dir.resolve("s.db").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("error: no document could be read"), r.err());
    }

    @Test
    void badManifestIsAUsageError() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD_TEXT);
        Path manifest = Files.writeString(dir.resolve("m.json"), "[{");
        Run r = Run.of("analyze", good.toString(), "--manifest", manifest.toString(), "--store", dir.resolve("s.db").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("error: manifest " + manifest + ": not valid JSON"), r.err());
    }

    @Test
    void aMissingManifestOrAFolderGivenAsOneIsNamedWithTheReason() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD_TEXT);
        Path db = dir.resolve("s.db");
        Path missing = dir.resolve("nope.json");
        Run r = Run.of("analyze", good.toString(), "--manifest", missing.toString(), "--store", db.toString());
        assertEquals(2, r.exit());
        assertEquals("error: cannot read the manifest " + missing + ": no such file or folder", r.err().strip());
        Run d = Run.of("analyze", good.toString(), "--manifest", dir.toString(), "--store", db.toString());
        assertEquals(2, d.exit());
        assertEquals("error: the manifest " + dir + " is a folder, not a file (--manifest names a JSON or CSV file)", d.err().strip());
        assertFalse(Files.exists(db), "a bad option creates no store");
    }

    @Test
    void aFolderWithoutSupportedFilesSaysSoAndListsTheTypes() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path others = Files.createDirectories(dir.resolve("others/sub"));
        Files.writeString(others.resolve("notes.pdf"), "not an article");
        Files.writeString(others.resolve("data.json"), "{}");
        Path db = dir.resolve("s.db");

        Run r = Run.of("analyze", empty.toString(), "--store", db.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("error: the folder " + empty + " holds no supported files (it holds no files at all); "
                + "Onrecord reads .txt .text .html .htm .xhtml .warc .txt.gz .html.gz .htm.gz .warc.gz"), r.err());

        Run o = Run.of("analyze", dir.resolve("others").toString(), "--store", db.toString());
        assertEquals(1, o.exit());
        assertTrue(o.err().contains("error: the folder " + dir.resolve("others") + " holds no supported files (2 file(s) of other types "
                + "passed over); Onrecord reads .txt"), o.err());
        assertFalse(o.err().contains("no document could be read"), "one reason, not two");
    }

    @Test
    void aFailedRunRemovesTheEmptyStoreItCreatedButNeverAnExistingOne() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path created = dir.resolve("new.db");
        Run r = Run.of("analyze", empty.toString(), "--store", created.toString());
        assertEquals(1, r.exit());
        assertFalse(Files.exists(created), "the store this run created and left empty is gone");
        assertTrue(r.err().contains("removed the empty store " + created + " this run had created"), r.err());
        for (String suffix : List.of("-wal", "-shm", "-journal")) assertFalse(Files.exists(Path.of(created + suffix)), suffix);

        Path existing = dir.resolve("mine.db");
        Store.open(existing).close();
        Run again = Run.of("analyze", empty.toString(), dir.resolve("missing.txt").toString(), "--store", existing.toString());
        assertEquals(1, again.exit());
        assertTrue(Files.exists(existing), "a user's existing store is never removed, empty or not");
    }

    @Test
    void aStoreThatCannotBeWrittenIsOneSentenceNotAStackTrace() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD_TEXT);
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Run under = Run.of("analyze", good.toString(), "--store", file.resolve("s.db").toString());
        assertEquals(1, under.exit());
        assertEquals("error: cannot write the store " + file.resolve("s.db") + ": " + file + " is a file, not a folder", under.err().strip());

        Run folder = Run.of("analyze", good.toString(), "--store", dir.toString());
        assertEquals(1, folder.exit());
        assertEquals("error: cannot write the store " + dir + ": it is a folder, not a store file (name a file, e.g. "
                + dir.resolve("onrecord.db") + ")", folder.err().strip());

        Path notAStore = Files.writeString(dir.resolve("notes.db"), "these are my notes, not a database\n".repeat(50));
        Run other = Run.of("analyze", good.toString(), "--store", notAStore.toString());
        assertEquals(1, other.exit());
        assertEquals("error: cannot open store " + notAStore + ": the file is not an Onrecord store (not a SQLite database)", other.err().strip());
        assertTrue(Files.readString(notAStore).startsWith("these are my notes"), "the user's file is left as it was");

        Path export = Files.writeString(dir.resolve("export-file"), "x");
        Run exp = Run.of("analyze", good.toString(), "--store", dir.resolve("s.db").toString(), "--export", export.toString());
        assertEquals(2, exp.exit());
        assertEquals("error: --export " + export + " is a file, not a folder", exp.err().strip());
    }

    @Test
    void wrongManifestEntriesAreWarningsNamingTheEntryAndTheRunGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD_TEXT);
        Path manifest = Files.writeString(dir.resolve("m.json"), """
                {"documents": [
                  {"file": "good.txt", "outlet": "Fictional Post", "published": 20240301},
                  {"file": "gone.txt", "outlet": "Nobody"},
                  {"file": "a\\u0000b.txt"}
                ]}""");
        Path db = dir.resolve("s.db");
        Run r = Run.of("analyze", in.toString(), "--manifest", manifest.toString(), "--store", db.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.contains("warning: " + manifest + ": entry 1: \"published\" is a number ('20240301'), expected a string or null; ignored"), r.err());
        assertTrue(lines.contains("warning: " + manifest + ": entry 2: file 'gone.txt' does not exist and is not among the inputs; its metadata is not used"), r.err());
        assertTrue(lines.contains("warning: " + manifest + ": entry 3: file 'a\\x00b.txt' contains a NUL character, which no file name can hold; skipped"), r.err());
        try (Store s = Store.open(db)) {
            assertEquals("Fictional Post", s.documents().get(0).outlet(), "the entry's other fields are used");
        }
    }

    @Test
    void exportWritesTheContractFilesAsJsonLinesAndCsv() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD_TEXT);
        Path db = dir.resolve("s.db");
        Run a = Run.of("analyze", good.toString(), "--store", db.toString(), "--export", dir.resolve("jsonl").toString());
        assertEquals(0, a.exit(), a.err());
        for (String f : List.of("documents", "statements", "people", "findings", "stories")) {
            assertTrue(Files.exists(dir.resolve("jsonl").resolve(f + ".jsonl")), f);
        }
        String doc = Files.readString(dir.resolve("jsonl/documents.jsonl"));
        assertTrue(doc.startsWith("{\"id\":"), doc);
        assertTrue(doc.contains("\"title\":\"Harbour deal denied\""), doc);
        Run e = Run.of("export", "--format", "csv", "--out", dir.resolve("csv").toString(), "--store", db.toString());
        assertEquals(0, e.exit(), e.err());
        String csv = Files.readString(dir.resolve("csv/documents.csv"));
        assertTrue(csv.startsWith("id,source,url,outlet,published,title,body,"), csv);
        assertTrue(csv.contains("\"The fictional minister said on Monday that “the harbour is not for sale,” and that talks would go on.\""), csv);
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }
}

package org.onrecord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.testing.Collected;
import org.onrecord.model.Metadata;
import org.onrecord.model.Problem;

class ManifestAndInputsTest {
    @TempDir
    Path dir;

    @Test
    void jsonManifestIsFoundByFileNameOrUrl() throws IOException {
        Path m = Files.writeString(dir.resolve("m.json"), """
                {"documents": [
                  {"file": "a.txt", "outlet": "Fictional Times", "published": "2024-03-01"},
                  {"file": "b.txt", "url": "https://x.example/b", "outlet": null, "published": null}
                ]}""");
        Manifest manifest = Manifest.read(m);
        Metadata a = manifest.lookup("/some/where/a.txt", null);
        assertEquals("Fictional Times", a.outlet());
        assertEquals(LocalDate.of(2024, 3, 1), a.published());
        assertNull(manifest.lookup("b.txt", null).published());
        assertEquals("https://x.example/b", manifest.lookup(null, "https://x.example/b").url());
        assertEquals(Metadata.EMPTY, manifest.lookup("c.txt", null));
        assertTrue(manifest.problems().isEmpty());
    }

    @Test
    void csvManifestWithQuotedCellsLineBreaksAndAnyColumnOrder() throws IOException {
        Path m = Files.writeString(dir.resolve("m.csv"), "file,url,outlet,published\n"
                + "a.html,https://x.example/a,\"Herald, The\",2024-01-02\n"
                + "\n"
                + "b.html,,\"The \"\"Quay\"\"\nEvening Edition\",2024-01-03T08:00:00Z\n");
        Manifest manifest = Manifest.read(m);
        Metadata a = manifest.lookup("a.html", null);
        assertEquals("Herald, The", a.outlet());
        assertEquals(LocalDate.of(2024, 1, 2), a.published());
        Metadata b = manifest.lookup("b.html", null);
        assertEquals("The \"Quay\"\nEvening Edition", b.outlet());
        assertEquals(LocalDate.of(2024, 1, 3), b.published());
        assertTrue(manifest.problems().isEmpty(), manifest.problems().toString());

        Path reordered = Files.writeString(dir.resolve("r.csv"), "published,outlet,file\n2024-02-02,Fictional Wire,c.txt\n");
        assertEquals("Fictional Wire", Manifest.read(reordered).lookup("c.txt", null).outlet());
    }

    @Test
    void byteOrderMarksAreAcceptedInJsonAndCsv() throws IOException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        Path json = Files.write(dir.resolve("bom.json"), concat(bom, "{\"documents\":[{\"file\":\"a.txt\",\"outlet\":\"Fictional Times\"}]}"
                .getBytes(StandardCharsets.UTF_8)));
        Path csv = Files.write(dir.resolve("bom.csv"), concat(bom, "file,url,outlet,published\na.txt,,Fictional Times,\n"
                .getBytes(StandardCharsets.UTF_8)));
        for (Path p : List.of(json, csv)) {
            Manifest m = Manifest.read(p);
            assertEquals("Fictional Times", m.lookup("a.txt", null).outlet(), p.toString());
            assertTrue(m.problems().isEmpty(), m.problems().toString());
        }
        Path utf16 = Files.write(dir.resolve("u16.csv"), "\uFEFFfile,url,outlet,published\na.txt,,Fictional Times,\n"
                .getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Fictional Times", Manifest.read(utf16).lookup("a.txt", null).outlet());
    }

    @Test
    void latin1ManifestIsDecodedAndSaysSo() throws IOException {
        Path m = Files.write(dir.resolve("latin.csv"), ("file,url,outlet,published\n"
                + "a.txt,,Le Quotidien fictif de la Côte,2024-01-02\n"
                + "b.txt,,Gazette fictive des Prés et des Forêts,2024-01-03\n").getBytes(StandardCharsets.ISO_8859_1));
        Manifest manifest = Manifest.read(m);
        assertEquals("Le Quotidien fictif de la Côte", manifest.lookup("a.txt", null).outlet());
        assertEquals(1, manifest.problems().size());
        Problem p = manifest.problems().get(0);
        assertTrue(p.line().startsWith("warning: " + m + ": not UTF-8: not valid UTF-8 and no charset declared; detected windows-1252"), p.line());
    }

    @Test
    void wrongEntriesAreReportedOneByOneAndTheOthersKept() throws IOException {
        Path m = Files.writeString(dir.resolve("m.json"), """
                {"documents": [
                  {"file": "a.txt", "outlet": "Fictional Times", "published": "yesterday"},
                  {"file": 42, "url": "https://x.example/b", "outlet": ["x"]},
                  "c.txt",
                  {"file": "d\\u0000.txt", "outlet": "Nul Gazette"},
                  {"outlet": "Nobody"},
                  {"file": "e.txt", "publisher": "Fictional Wire"},
                  {"file": "a.txt", "outlet": "Fictional Times, again"}
                ]}""");
        Manifest manifest = Manifest.read(m);
        List<String> lines = manifest.problems().stream().map(Problem::line).toList();
        String w = "warning: " + m + ": ";
        assertEquals(List.of(
                w + "entry 1: published 'yesterday' is not a date (YYYY-MM-DD); the entry is used without it",
                w + "entry 2: \"file\" is a number ('42'), expected a string or null; ignored",
                w + "entry 2: \"outlet\" is an array ('[\"x\"]'), expected a string or null; ignored",
                w + "entry 3: is a string, not an object with \"file\", \"url\", \"outlet\", \"published\"; skipped",
                w + "entry 4: file 'd\\x00.txt' contains a NUL character, which no file name can hold; skipped",
                w + "entry 5: has neither a \"file\" nor a \"url\"; skipped",
                w + "entry 6: unknown field 'publisher' ignored (known: file, url, outlet, published, title)",
                w + "entry 7: file 'a.txt' is listed again (first in entry 1); the later entry is used"), lines);
        assertEquals("Fictional Times, again", manifest.lookup("a.txt", null).outlet());
        assertEquals("https://x.example/b", manifest.lookup(null, "https://x.example/b").url());
        assertEquals(Metadata.EMPTY, manifest.lookup("d\0.txt", null));

        Path csv = Files.writeString(dir.resolve("m.csv"), "file,url,outlet,published\na.txt,,A,2024-01-01\nb.txt,,B\nc.txt,,C,2024-01-03\n");
        Manifest c = Manifest.read(csv);
        assertEquals("warning: " + csv + ": entry 2: has 3 cell(s), the header 4 (line 3); skipped", c.problems().get(0).line());
        assertEquals("C", c.lookup("c.txt", null).outlet());
    }

    @Test
    void entriesForFilesThatAreNotInputsAreNamed() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "A fictional article.");
        Files.writeString(dir.resolve("elsewhere.txt"), "Another fictional article.");
        Path m = Files.writeString(dir.resolve("m.csv"), "file,url,outlet,published\na.txt,,A,\n"
                + dir.resolve("elsewhere.txt") + ",,B,\nmissing.txt,,C,\n,https://x.example/only-a-url,D,\n");
        List<String> lines = Manifest.read(m).entriesWithoutInput(List.of(a)).stream().map(Problem::line).toList();
        assertEquals(List.of(
                "warning: " + m + ": entry 2: file '" + dir.resolve("elsewhere.txt") + "' is not among the inputs; its metadata is not used",
                "warning: " + m + ": entry 3: file 'missing.txt' does not exist and is not among the inputs; its metadata is not used"), lines);
    }

    @Test
    void manifestsThatAreNotManifestsAreRefusedNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"documents\": [");
        IOException e = assertThrows(IOException.class, () -> Manifest.read(broken));
        assertTrue(e.getMessage().startsWith(broken + ": not valid JSON"), e.getMessage());
        Path shape = Files.writeString(dir.resolve("shape.json"), "{\"files\": 3}");
        e = assertThrows(IOException.class, () -> Manifest.read(shape));
        assertEquals(shape + ": expected {\"documents\": [...]} or a JSON array of entries", e.getMessage());
        Path badCsv = Files.writeString(dir.resolve("m.csv"), "name,date\n");
        e = assertThrows(IOException.class, () -> Manifest.read(badCsv));
        assertEquals(badCsv + ": line 1: expected the header file,url,outlet,published (found 'name,date')", e.getMessage());
        Path binary = Files.write(dir.resolve("bin.json"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        e = assertThrows(IOException.class, () -> Manifest.read(binary));
        assertEquals(binary + ": binary file (PNG image), not text or HTML, not a manifest", e.getMessage());
    }

    @Test
    void foldersAreSearchedRecursivelyForArticleTypesAndGlobsExpand() throws IOException {
        Files.createDirectories(dir.resolve("x/y"));
        Files.writeString(dir.resolve("x/a.txt"), "a");
        Files.writeString(dir.resolve("x/y/b.html.gz"), "b");
        Files.writeString(dir.resolve("x/y/c.warc"), "c");
        Files.writeString(dir.resolve("x/manifest.json"), "{}");
        InputFiles.Expansion e = InputFiles.expand(List.of(dir.resolve("x").toString()));
        assertEquals(3, e.files().size());
        assertEquals(1, e.skippedOtherTypes());
        InputFiles.Expansion g = InputFiles.expand(List.of(dir + "/x/*.txt", dir + "/nothing/*.txt", dir + "/missing.txt"));
        assertEquals(List.of(dir.resolve("x/a.txt")), g.files());
        assertEquals(2, g.problems().size());
        assertEquals("no file matches this pattern", g.problems().get(0).message());
        assertEquals("no such file or folder", g.problems().get(1).message());
    }

    @Test
    void danglingLinksPipesAndNulNamesAreReportedNotSkipped() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "A fictional article.");
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("gone.txt"));
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));
        Files.createSymbolicLink(in.resolve("linked-folder"), dir);
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("feed.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");

        InputFiles.Expansion e = InputFiles.expand(List.of(in.toString(), "bad\0name.txt"));
        assertEquals(List.of(in.resolve("good.txt")), e.files());
        List<String> lines = e.problems().stream().map(Problem::line).toList();
        assertTrue(lines.contains("error: " + in.resolve("dangling.txt") + ": dangling symbolic link: its target '"
                + in.resolve("gone.txt") + "' does not exist (or is a link loop)"), lines.toString());
        assertTrue(lines.contains("error: " + in.resolve("loop.txt") + ": dangling symbolic link: its target '"
                + in.resolve("loop.txt") + "' does not exist (or is a link loop)"), lines.toString());
        assertTrue(lines.contains("error: " + in.resolve("feed.txt") + ": not a regular file (a named pipe, FIFO)"), lines.toString());
        assertTrue(lines.contains("warning: " + in.resolve("linked-folder") + ": symbolic link to a folder ('" + dir + "'), not followed"),
                lines.toString());
        assertTrue(lines.contains("error: 'bad\\x00name.txt': not a file name: it contains a NUL character"), lines.toString());

        // Named directly, the same files get the same sentences from ingest.
        Collected c = new Collected();
        new Ingest(Manifest.EMPTY).read(in.resolve("feed.txt"), c);
        new Ingest(Manifest.EMPTY).read(in.resolve("dangling.txt"), c);
        assertEquals("error: " + in.resolve("feed.txt") + ": not a regular file (a named pipe, FIFO)", c.problems.get(0).line());
        assertTrue(c.problems.get(1).line().contains("dangling symbolic link"), c.messages());
    }

    private static byte[] concat(byte[] a, byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a);
        out.write(b);
        return out.toByteArray();
    }
}

package org.onrecord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Format;
import org.onrecord.testing.Collected;
import org.onrecord.testing.Warcs;

/**
 * A file read under another name (as the server reads an upload, kept under a name of its own): the name decides
 * the type, the manifest entry and what every document and problem is called. FICTIONAL text.
 */
class NamedInputTest {
    @TempDir
    Path dir;

    @Test
    void theNameGivenDecidesTypeManifestAndMessages() throws Exception {
        Path manifestFile = Files.writeString(dir.resolve("m0"), "file,url,outlet,published\nstory.html,https://fictional.example/1,Fictional Post,2024-05-01\n");
        Manifest m = Manifest.read(manifestFile, "crawl.csv");
        assertEquals(1, m.size());
        Path page = Files.writeString(dir.resolve("0"), "<html><body><p>FICTIONAL: the mayor said “no”.</p></body></html>");
        Collected c = new Collected();
        new Ingest(m).read(page, "story.html", c);
        assertEquals(1, c.docs.size(), c.messages());
        assertEquals("story.html", c.docs.get(0).source());
        assertEquals(Format.HTML, c.docs.get(0).format());
        assertEquals("Fictional Post", c.docs.get(0).manifest().outlet());

        Path png = Files.write(dir.resolve("1"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Collected bad = new Collected();
        new Ingest(m).read(png, "photo.html", bad);
        assertEquals(1, bad.problems.size(), bad.messages());
        assertTrue(bad.problems.get(0).line().startsWith("error: photo.html: "), bad.messages());

        byte[] warc = new Warcs().response("https://fictional.example/2", "text/html", "<p>FICTIONAL</p>", StandardCharsets.UTF_8).bytes();
        Path cut = Files.write(dir.resolve("2"), java.util.Arrays.copyOf(warc, warc.length - 10));
        Collected truncated = new Collected();
        new Ingest(m).read(cut, "crawl.warc", truncated);
        assertEquals(1, truncated.problems.size(), truncated.messages());
        assertEquals(0, truncated.docs.size());
        assertTrue(truncated.problems.get(0).line().startsWith("error: crawl.warc: truncated or damaged WARC")
                && truncated.problems.get(0).message().endsWith("no document could be read from it"), truncated.messages());
        Path header = Files.write(dir.resolve("3"), java.util.Arrays.copyOf(warc, 40));
        Collected halfHeader = new Collected();
        new Ingest(m).read(header, "cut.warc", halfHeader);
        assertEquals(List.of("error: cut.warc: not a readable WARC file at offset 0 (the file ends early)"),
                halfHeader.problems.stream().map(p -> p.line()).toList());
    }

    @Test
    void entriesNotAmongTheUploadedFilesAreNamedWithoutLookingAtTheDisk() throws Exception {
        Path manifestFile = Files.writeString(dir.resolve("m1"), "{\"documents\":[{\"file\":\"a.txt\"},{\"file\":\"/etc/passwd\"}]}");
        Manifest m = Manifest.read(manifestFile, "manifest.json");
        List<String> lines = m.entriesNotAmong(List.of("a.txt"), "the uploaded files").stream().map(p -> p.line()).toList();
        assertEquals(List.of("warning: manifest.json: entry 2: file '/etc/passwd' is not among the uploaded files; its metadata is not used"), lines);
    }
}

package org.onrecord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Format;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;
import org.onrecord.testing.Collected;
import org.onrecord.testing.Warcs;

class IngestTest {
    @TempDir
    Path dir;

    private Collected read(Path file) {
        return read(file, Ingest.DEFAULT_MAX_BYTES);
    }

    private Collected read(Path file, int max) {
        Collected c = new Collected();
        new Ingest(Manifest.EMPTY, max).read(file, c);
        return c;
    }

    @Test
    void plainTextIsReadAsUtf8() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Minister said “no” — twice.", StandardCharsets.UTF_8);
        Collected c = read(f);
        assertEquals(1, c.docs.size());
        assertEquals("Minister said “no” — twice.", c.docs.get(0).text());
        assertEquals(Format.TEXT, c.docs.get(0).format());
        assertTrue(c.problems.isEmpty());
    }

    @Test
    void invalidUtf8WithoutDeclaredCharsetFallsBackToWindows1252WithAWarning() throws IOException {
        Path f = Files.write(dir.resolve("latin.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        Collected c = read(f);
        assertEquals("café crème", c.docs.get(0).text());
        assertEquals(1, c.problems.size());
        assertTrue(!c.problems.get(0).fatal());
        assertTrue(c.problems.get(0).line().contains("latin.txt"), c.messages());
        assertTrue(c.problems.get(0).message().contains("not valid UTF-8"), c.messages());
    }

    @Test
    void htmlMetaCharsetIsHonoured() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
                + "<body><p>\u041f\u0440\u0438\u0432\u0435\u0442</p></body></html>";
        Path f = Files.write(dir.resolve("ru.html"), html.getBytes("windows-1251"));
        Collected c = read(f);
        assertTrue(c.docs.get(0).text().contains("\u041f\u0440\u0438\u0432\u0435\u0442"));
        assertTrue(c.problems.isEmpty(), c.messages());
    }

    @Test
    void binaryEmptyAndOversizedFilesAreRefusedByName() throws IOException {
        Path png = Files.write(dir.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path nul = Files.write(dir.resolve("blob.html"), new byte[]{'<', 'p', '>', 0, 1, 2, 3});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path big = Files.write(dir.resolve("big.html"), "x".repeat(5000).getBytes(StandardCharsets.US_ASCII));
        assertEquals("error: " + png + ": binary file (PNG image), not text or HTML", read(png).messages().strip());
        assertEquals("error: " + nul + ": binary file (contains NUL bytes), not text or HTML", read(nul).messages().strip());
        assertEquals("error: " + empty + ": empty file", read(empty).messages().strip());
        assertTrue(read(big, 1000).messages().startsWith("error: " + big + ": too large"));
        assertEquals(0, read(big, 1000).docs.size());
    }

    @Test
    void truncatedGzipIsReportedAndWholeGzipIsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("<html><body><p>A fictional page for a test.</p></body></html>".repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        Path whole = Files.write(dir.resolve("page.html.gz"), bytes.toByteArray());
        Path cut = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
        Collected ok = read(whole);
        assertEquals(1, ok.docs.size());
        assertEquals(Format.HTML, ok.docs.get(0).format());
        assertEquals("error: " + cut + ": truncated gzip file (unexpected end of data)", read(cut).messages().strip());
    }

    @Test
    void warcResponsesBecomeDocumentsNamedByTargetUri() throws IOException {
        byte[] warc = new Warcs()
                .response("https://news.example/a", "text/html; charset=iso-8859-1",
                        "<html><body><p>Caf\u00e9 talks, a fictional report.</p></body></html>", StandardCharsets.ISO_8859_1)
                .response("https://news.example/logo.png", "image/png", "not-a-real-png", StandardCharsets.US_ASCII)
                .response("https://news.example/b.txt", "text/plain", "A second fictional report.", StandardCharsets.UTF_8)
                .bytes();
        Path f = Files.write(dir.resolve("crawl.warc"), warc);
        Collected c = read(f);
        assertEquals(2, c.docs.size(), c.messages());
        assertEquals(f + "#https://news.example/a", c.docs.get(0).source());
        assertEquals("https://news.example/a", c.docs.get(0).url());
        assertTrue(c.docs.get(0).text().contains("Café talks"));
        assertEquals(Format.TEXT, c.docs.get(1).format());
        assertTrue(c.problems.isEmpty(), c.messages());
    }

    @Test
    void truncatedWarcKeepsTheRecordsBeforeTheDamage() throws IOException {
        byte[] warc = new Warcs()
                .response("https://news.example/a", "text/html", "<p>First fictional record, whole.</p>", StandardCharsets.UTF_8)
                .response("https://news.example/b", "text/html", "<p>Second fictional record, cut short.</p>".repeat(20), StandardCharsets.UTF_8)
                .bytes();
        Path f = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(warc, warc.length - 300));
        Collected c = read(f);
        assertEquals(1, c.docs.size(), c.messages());
        assertEquals(1, c.problems.size(), c.messages());
        assertTrue(c.problems.get(0).line().startsWith("error: " + f + ": truncated or damaged WARC at offset"), c.messages());
    }

    @Test
    void garbageNamedWarcIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("fake.warc.gz"), "this is not a warc file at all");
        Collected c = read(f);
        assertEquals(0, c.docs.size());
        assertTrue(c.messages().startsWith("error: " + f + ": not a readable WARC file"), c.messages());
    }

    @Test
    void missingFileAndFolderAreReported() {
        Collected c = read(dir.resolve("nope.txt"));
        assertEquals("error: " + dir.resolve("nope.txt") + ": no such file", c.messages().strip());
        assertEquals("error: " + dir + ": is a folder, not a file", read(dir).messages().strip());
    }
}

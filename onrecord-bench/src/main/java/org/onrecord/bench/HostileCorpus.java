package org.onrecord.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the hostile corpus of {@code onrecord bench reliability}: about a thousand bad files of the kinds issue 11
 * lists (binary, truncated gzip and WARC, gzip bombs, symbolic link loops, deep nesting, huge attributes, broken
 * encodings, the small texts that took minutes) and the 20 good FICTIONAL articles of {@code good-articles.txt},
 * all generated from a seed. Each file says what a run must make of it.
 */
public final class HostileCorpus {
    /** What a run must do with a file. */
    public enum Expect {
        /** refused, with a problem naming the file and a reason */
        REFUSED,
        /** stored as a document (a warning or a budget overrun may be reported) */
        READ,
        /** either stored or refused with a reason, never lost without a word */
        NAMED,
        /** a good article: stored with its statements */
        GOOD
    }

    public record Entry(Path file, String kind, Expect expect) {
    }

    private final Path dir;
    private final Random random;
    private final List<String> good;
    private final List<Entry> entries = new ArrayList<>();

    private HostileCorpus(Path dir, long seed) throws IOException {
        this.dir = dir;
        this.random = new Random(seed);
        this.good = goodArticles();
    }

    /** Writes the corpus into {@code dir} (which must be empty or absent) and lists what it wrote. */
    static List<Entry> write(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        HostileCorpus c = new HostileCorpus(dir, seed);
        c.goodOnes();
        c.binaries(120);
        c.gzips(120);
        c.bombs(10);
        c.warcs(100);
        c.links(10);
        c.emptyAndHuge(20);
        c.markup(20);
        c.encodings(100);
        c.shapes();
        c.htmlSoup(200);
        c.mutations(190);
        c.oddNames(20);
        return List.copyOf(c.entries);
    }

    /** The 20 good fictional articles: headline, blank line, body. */
    static List<String> goodArticles() throws IOException {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("good-articles.txt")) {
            if (in == null) throw new IOException("good-articles.txt missing from the build");
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(all.split("\n===\n")).skip(1).map(String::strip).toList();
        }
    }

    private void goodOnes() throws IOException {
        for (int i = 0; i < good.size(); i++) {
            boolean html = i % 2 == 1;
            String text = good.get(i);
            write(String.format("good-%02d.%s", i, html ? "html" : "txt"), html ? page(text) : text, "good article", Expect.GOOD);
        }
    }

    private void binaries(int n) throws IOException {
        byte[][] magic = {{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                {'%', 'P', 'D', 'F', '-', '1', '.', '4'}, {'P', 'K', 3, 4}, {0x7F, 'E', 'L', 'F', 2, 1, 1}, {'G', 'I', 'F', '8', '9', 'a'}};
        for (int i = 0; i < n; i++) {
            byte[] body = bytes(200 + random.nextInt(20_000));
            byte[] head = magic[i % magic.length];
            System.arraycopy(head, 0, body, 0, head.length);
            body[head.length + 1] = 0; // every binary format has NULs early on
            write("binary-" + i + (i % 3 == 0 ? ".txt" : ".html"), body, "binary", Expect.REFUSED);
        }
    }

    private void gzips(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            byte[] gz = gzip(page(good.get(i % good.size())).repeat(1 + random.nextInt(5)).getBytes(StandardCharsets.UTF_8));
            if (i < n - 20) {
                write("truncated-" + i + ".html.gz", Arrays.copyOf(gz, 12 + random.nextInt(gz.length - 20)), "truncated gzip", Expect.REFUSED);
            } else {
                write("not-gzip-" + i + ".html.gz", page(good.get(i % good.size())), "not gzip", Expect.REFUSED);
            }
        }
    }

    private void bombs(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
                byte[] block = new byte[1 << 20];
                Arrays.fill(block, (byte) (i % 2 == 0 ? ' ' : 'a'));
                for (int mb = 0; mb < 20 + i; mb++) gz.write(block);
            }
            write("bomb-" + i + (i % 2 == 0 ? ".html.gz" : ".txt.gz"), b.toByteArray(), "gzip bomb", Expect.REFUSED);
        }
    }

    private void warcs(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            if (i >= n - 20) {
                write("garbage-" + i + ".warc", i % 2 == 0 ? bytes(5_000) : page(good.get(i % good.size())).getBytes(StandardCharsets.UTF_8),
                        "not a WARC", Expect.REFUSED);
                continue;
            }
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            int records = 1 + random.nextInt(3);
            int lastStart = 0;
            for (int r = 0; r < records; r++) {
                lastStart = whole.size();
                whole.writeBytes(warcRecord("https://news.example/" + i + "/" + r, page(good.get((i + r) % good.size()) + unique(1000 * i + r))));
            }
            byte[] all = whole.toByteArray();
            // cut inside the last record: the records before it are read, the cut one is reported
            byte[] cut = Arrays.copyOf(all, lastStart + 20 + random.nextInt(all.length - lastStart - 40));
            boolean gz = i % 3 == 0;
            write("cut-" + i + (gz ? ".warc.gz" : ".warc"), gz ? gzip(cut) : cut, "truncated WARC", Expect.REFUSED);
        }
    }

    private void links(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Path a = dir.resolve("loop-" + i + "-a.txt"), b = dir.resolve("loop-" + i + "-b.txt");
            Files.createSymbolicLink(a, b.getFileName());
            Files.createSymbolicLink(b, a.getFileName());
            entries.add(new Entry(a, "symbolic link loop", Expect.REFUSED));
            entries.add(new Entry(b, "symbolic link loop", Expect.REFUSED));
            Path dangling = dir.resolve("dangling-" + i + ".html");
            Files.createSymbolicLink(dangling, Path.of("no-such-target-" + i + ".html"));
            entries.add(new Entry(dangling, "dangling symbolic link", Expect.REFUSED));
        }
        for (int i = 0; i < 5; i++) {
            Path fifo = dir.resolve("fifo-" + i + ".txt");
            try {
                if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) entries.add(new Entry(fifo, "FIFO", Expect.REFUSED));
            } catch (IOException | InterruptedException e) {
                // no mkfifo here: the corpus goes without FIFOs
            }
        }
    }

    private void emptyAndHuge(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            write("empty-" + i + (i % 2 == 0 ? ".txt" : ".html"), new byte[0], "empty", Expect.REFUSED);
            write("blank-" + i + ".txt", " \n\t\r\n ".repeat(1 + random.nextInt(1000)), "white space only", Expect.REFUSED);
        }
        for (int i = 0; i < 2; i++) {
            Path huge = dir.resolve("huge-" + i + ".txt");
            try (OutputStream o = Files.newOutputStream(huge)) {
                byte[] line = (good.get(i) + "\n\n").getBytes(StandardCharsets.UTF_8);
                for (long w = 0; w <= 17L << 20; w += line.length) o.write(line);
            }
            entries.add(new Entry(huge, "over 16 MB", Expect.REFUSED));
        }
    }

    private void markup(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            int depth = 2_000 + random.nextInt(100_000);
            String text = good.get(i % good.size());
            write("nested-" + i + ".html", "<html><body>" + "<div>".repeat(depth) + "<p>" + text.replace("\n\n", "</p><p>") + "</p>"
                    + "</div>".repeat(random.nextBoolean() ? depth : 0) + "</body></html>", "deeply nested elements", Expect.NAMED);
        }
        for (int i = 0; i < n / 2; i++) {
            write("attribute-" + i + ".html", "<html><body><div data-x=\"" + "a".repeat(5 << 20) + "\"><article><p>"
                    + good.get(i).replace("\n\n", "</p><p>") + "</p></article></div></body></html>", "5 MB attribute", Expect.READ);
        }
    }

    private void encodings(int n) throws IOException {
        Charset[] charsets = {StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"), StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE, StandardCharsets.UTF_16, StandardCharsets.UTF_8};
        String accented = "Le ministre a déclaré que « la décision était prise » et qu’il n’y reviendrait pas.\n\n";
        for (int i = 0; i < n; i++) {
            Charset cs = charsets[i % charsets.length];
            String text = good.get(i % good.size()).replace('"', i % 2 == 0 ? '"' : '\u201C') + "\n\n" + accented + unique(i);
            byte[] b = text.getBytes(cs);
            if (cs == StandardCharsets.UTF_8) b[random.nextInt(b.length)] = (byte) 0xFF; // one bad byte in valid UTF-8
            Expect e = cs.name().startsWith("UTF-16") ? Expect.NAMED : Expect.READ;
            write("encoding-" + i + "-" + cs.name() + ".txt", b, "encoding " + cs.name(), e);
        }
    }

    /** The small texts of issue 11 that took minutes, in several sizes. */
    private void shapes() throws IOException {
        for (int k : new int[]{100, 1_000, 5_000, 20_000}) write("said-that-" + k + ".txt", "said that \"".repeat(k), "said that \" repeated", Expect.READ);
        for (int k : new int[]{1_000, 16_000}) write("quotes-" + k + ".txt", "\"".repeat(k), "quotation marks only", Expect.READ);
        for (int k : new int[]{1_000, 20_000}) write("ampersands-" + k + ".txt", "&".repeat(k), "ampersands only", Expect.READ);
        for (int k : new int[]{100_000, 500_000, 2_000_000}) write("no-punctuation-" + k + ".txt", words(k, false), "no punctuation", Expect.READ);
        for (int k : new int[]{3_300, 12_000, 60_000}) write("capitalised-" + k + ".txt", words(k, true), "capitalised words", Expect.READ);
        for (int k : new int[]{2_000, 20_000}) write("nested-quotes-" + k + ".txt", "“‘".repeat(k) + good.get(0), "nested quotation marks", Expect.READ);
        write("long-word.txt", "x".repeat(100_000) + "\n\n" + good.get(1), "100 KB word", Expect.READ);
        write("many-lines.txt", "He said so.\n".repeat(100_000), "100,000 lines", Expect.READ);
        write("emoji.txt", "\uD83D\uDE00".repeat(50_000) + "\n\n" + good.get(2), "emoji flood", Expect.READ);
        write("zero-width.txt", good.get(3).replace(" ", " \u200B\u200F"), "zero-width and direction marks", Expect.READ);
        write("abbreviations.txt", "Mr. Dr. Gen. Sen. ".repeat(20_000), "abbreviations only", Expect.READ);
        for (int i = 0; i < 5; i++) {
            String entities = "&amp;&quot;&#8220;&lt;&mdash;&#x201D;&nbsp;".repeat(5_000 + i * 5_000);
            write("entities-" + i + ".html", page(good.get(i)).replace("<article>", "<article><p>" + entities + "</p>"), "HTML entities", Expect.READ);
        }
    }

    private void htmlSoup(int n) throws IOException {
        String[] tags = {"div", "p", "span", "table", "tr", "td", "b", "i", "a", "ul", "li", "script", "style", "article", "section", "font"};
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder(i % 4 == 0 ? "" : "<html><head><title>Fictional page " + i + "</title></head><body>");
            String text = good.get(i % good.size());
            for (String sentence : text.split("(?<=[.!?\"])\\s+")) {
                String tag = tags[random.nextInt(tags.length)];
                b.append(random.nextInt(3) == 0 ? "<" + tag + " class=\"x" + random.nextInt(9) : "<" + tag + ">");
                b.append(sentence).append(random.nextBoolean() ? "</" + tags[random.nextInt(tags.length)] + ">" : "");
                if (random.nextInt(10) == 0) b.append("<!-- unclosed comment ");
                if (random.nextInt(10) == 0) b.append("<![CDATA[ ");
            }
            write("soup-" + i + ".html", b.toString(), "malformed HTML", Expect.NAMED);
        }
    }

    private void mutations(int n) throws IOException {
        String marks = "\"“”‘’«»„'";
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder(good.get(i % good.size()) + unique(i));
            for (int k = 0; k < 1 + random.nextInt(30); k++) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(4)) {
                    case 0 -> b.insert(at, marks.charAt(random.nextInt(marks.length())));
                    case 1 -> b.setCharAt(at, (char) (0x20 + random.nextInt(0x2FF)));
                    case 2 -> b.insert(at, (char) (1 + random.nextInt(0x1F)));
                    default -> b.setLength(Math.max(40, at));
                }
            }
            write("mutated-" + i + ".txt", b.toString(), "damaged article", Expect.NAMED);
        }
    }

    private void oddNames(int n) throws IOException {
        String[] names = {"with space %d.txt", "-dash %d.txt", "ünïcödé %d.txt", "new\nline %d.txt", "quote' \" %d.txt", "ÄÖÜ\u200B%d.html"};
        for (int i = 0; i < n; i++) {
            String text = good.get(i % good.size()) + unique(i);
            String name = String.format(names[i % names.length], i);
            write(name, name.endsWith(".html") ? page(text) : text, "odd file name", Expect.READ);
        }
    }

    /**
     * A closing line that makes a file's text its own: files with the same text are one document (stored once), and
     * each file here must be judged on its own.
     */
    private static String unique(int i) {
        return "\n\n(Fictional copy number " + i + ".)";
    }

    private String words(int chars, boolean capitalised) {
        String[] w = {"alpha", "river", "stone", "market", "north", "light", "harbour", "garden", "winter", "silver"};
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            String x = w[random.nextInt(w.length)];
            b.append(capitalised ? Character.toUpperCase(x.charAt(0)) + x.substring(1) : x).append(' ');
        }
        return b.substring(0, chars);
    }

    /** A fictional article as a small news page. */
    static String page(String article) {
        int nl = article.indexOf('\n');
        String title = nl < 0 ? article : article.substring(0, nl);
        String body = nl < 0 ? "" : article.substring(nl).strip();
        return "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"Fictional Gazette\"></head><body><article><h1>"
                + title + "</h1><p>" + body.replace("\n\n", "</p><p>") + "</p></article></body></html>";
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(data);
        }
        return b.toByteArray();
    }

    private static byte[] warcRecord(String uri, String html) {
        byte[] payload = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + payload.length + "\r\n\r\n";
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.writeBytes(http.getBytes(StandardCharsets.ISO_8859_1));
        block.writeBytes(payload);
        String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(block.toByteArray());
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private void write(String name, String text, String kind, Expect expect) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8), kind, expect);
    }

    private void write(String name, byte[] bytes, String kind, Expect expect) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        entries.add(new Entry(f, kind, expect));
    }
}

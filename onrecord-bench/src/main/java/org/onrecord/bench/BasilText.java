package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.SourceMap;

/**
 * A BASIL article ({@code shared/bench/basil/articles/YEAR/*.json}) as Onrecord reads it, and spans annotated
 * against it. The body is built from {@code body-paragraphs} only: each sentence followed by one space, a
 * blank line after each paragraph, the whole stripped. Annotations kept in the repository point into that body
 * by UTF-16 offsets and carry SHA-1s of the file and of the span (no article text is copied), and
 * {@link Articles#span} checks both, so a changed file or a changed body rule is an error, never a silent shift.
 */
public final class BasilText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BasilText() {
    }

    /**
     * One article.
     *
     * @param file           the path relative to the shared folder ("bench/basil/articles/2014/x_1.json")
     * @param sha1           SHA-1 of the file's bytes
     * @param json           the parsed file
     * @param body           the body text
     * @param sentenceStarts where each sentence of {@code body-paragraphs} (in order, all paragraphs) starts in
     *                       the body: BASIL's phrase annotations ({@code id} "pN") count offsets from sentence N
     */
    public record Article(String file, String sha1, JsonNode json, String body, int[] sentenceStarts) {
        /** The article as an Onrecord document of plain text (the uuid in the url slot: it is only an id here). */
        public Document document(String id) {
            String date = json.path("date").asText(null);
            return new Document(id, "basil", json.path("uuid").asText(), json.path("source").asText(null),
                    date == null || date.isBlank() ? null : LocalDate.parse(date.substring(0, 10)), json.path("title").asText(null),
                    null, null, null, body, Format.TEXT, SourceMap.NONE, null);
        }
    }

    /** Reads {@code shared/file}; a missing or malformed file is an IOException naming it. */
    public static Article read(Path shared, String file) throws IOException {
        Path path = shared.resolve(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IOException(path + ": BASIL article not found");
        }
        JsonNode json;
        try {
            json = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IOException(path + ": not a BASIL article (" + e.getMessage() + ")", e);
        }
        if (!json.path("body-paragraphs").isArray()) throw new IOException(path + ": no body-paragraphs");
        StringBuilder raw = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (JsonNode para : json.path("body-paragraphs")) {
            for (JsonNode sentence : para) {
                starts.add(raw.length());
                raw.append(sentence.asText()).append(' ');
            }
            raw.append("\n\n");
        }
        String body = raw.toString().strip();
        int lead = leadingStripped(raw);
        int[] s = new int[starts.size()];
        for (int i = 0; i < s.length; i++) s[i] = starts.get(i) - lead;
        return new Article(file, sha1(bytes), json, body, s);
    }

    /** How many characters {@link String#strip} takes off the front. */
    private static int leadingStripped(CharSequence s) {
        int i = 0;
        while (i < s.length()) {
            int cp = Character.codePointAt(s, i);
            if (!Character.isWhitespace(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    public static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 missing from this JVM", e);
        }
    }

    public static String sha1(String text) {
        return sha1(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A checked span of an article body. */
    public record Span(Article article, int start, int end) {
        public String text() {
            return article.body().substring(start, end);
        }
    }

    /** Articles read once each and checked against the SHA-1 the annotation recorded. */
    public static final class Articles {
        private final Path shared;
        private final Map<String, Article> read = new HashMap<>();

        public Articles(Path shared) {
            this.shared = shared;
        }

        public Article get(String file) throws IOException {
            Article a = read.get(file);
            if (a == null) {
                a = read(shared, file);
                read.put(file, a);
            }
            return a;
        }

        /**
         * The span {@code start..end} of {@code file}'s body, after checking the file's SHA-1 and the span's;
         * {@code where} names the annotation in the error ("basil-speakers.jsonl line 12").
         */
        public Span span(String where, String file, String fileSha1, int start, int end, String spanSha1) throws IOException {
            Article a = get(file);
            if (!a.sha1().equals(fileSha1)) {
                throw new IOException(where + ": " + file + " has SHA-1 " + a.sha1() + ", the annotation was made on " + fileSha1);
            }
            if (start < 0 || end < start || end > a.body().length()) {
                throw new IOException(where + ": span " + start + ".." + end + " outside the body of " + file + " (" + a.body().length() + " chars)");
            }
            Span s = new Span(a, start, end);
            if (!sha1(s.text()).equals(spanSha1)) {
                throw new IOException(where + ": span " + start + ".." + end + " of " + file + " is not the annotated text (SHA-1 differs)");
            }
            return s;
        }
    }

    /** One line of an anchored JSON Lines file: the checked span and the whole line (for its other fields). */
    public record Anchored(Span span, JsonNode line, String where) {
    }

    /**
     * Reads a JSON Lines file whose lines carry {@code file}, {@code file_sha1}, {@code start}, {@code end} and
     * {@code span_sha1}, checking every span; {@code name} names the file in errors.
     */
    public static List<Anchored> anchored(InputStream jsonl, String name, Articles articles) throws IOException {
        List<Anchored> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(jsonl, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String where = name + " line " + n;
                JsonNode j;
                try {
                    j = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(where + ": not JSON (" + e.getMessage() + ")", e);
                }
                for (String k : List.of("file", "file_sha1", "start", "end", "span_sha1")) {
                    if (!j.hasNonNull(k)) throw new IOException(where + ": no " + k);
                }
                Span s = articles.span(where, j.get("file").asText(), j.get("file_sha1").asText(), j.get("start").asInt(),
                        j.get("end").asInt(), j.get("span_sha1").asText());
                out.add(new Anchored(s, j, where));
            }
        }
        return out;
    }
}

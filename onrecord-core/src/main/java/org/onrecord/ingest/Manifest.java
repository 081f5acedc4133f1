package org.onrecord.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onrecord.model.Metadata;

/**
 * Crawl metadata per input file, from JSON shaped like {@code seeds/manifest.json}
 * ({@code {"documents":[{"file","url","outlet","published"}]}}) or CSV with the header
 * {@code file,url,outlet,published}. Entries are found by the path as given, by the file name, or by URL.
 */
public final class Manifest {
    public static final Manifest EMPTY = new Manifest(Map.of(), Map.of());

    private final Map<String, Metadata> byFile;
    private final Map<String, Metadata> byUrl;

    private Manifest(Map<String, Metadata> byFile, Map<String, Metadata> byUrl) {
        this.byFile = Map.copyOf(byFile);
        this.byUrl = Map.copyOf(byUrl);
    }

    /** Reads a manifest; the exception message names the file and, where it can, the entry or line. */
    public static Manifest read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String[]> rows = name.endsWith(".csv") ? csvRows(path, text) : jsonRows(path, text);
        Map<String, Metadata> byFile = new HashMap<>();
        Map<String, Metadata> byUrl = new HashMap<>();
        int n = 0;
        for (String[] r : rows) {
            n++;
            LocalDate published;
            try {
                published = blank(r[3]) ? null : LocalDate.parse(r[3].trim().substring(0, Math.min(10, r[3].trim().length())));
            } catch (DateTimeParseException e) {
                throw new IOException(path + ": entry " + n + ": published '" + r[3] + "' is not YYYY-MM-DD");
            }
            Metadata m = new Metadata(blank(r[1]) ? null : r[1].trim(), blank(r[2]) ? null : r[2].trim(), published, null);
            if (!blank(r[0])) {
                byFile.put(normalise(r[0]), m);
                byFile.putIfAbsent(fileName(r[0]), m);
            }
            if (m.url() != null) {
                byUrl.put(m.url(), m);
            }
        }
        return new Manifest(byFile, byUrl);
    }

    /** Several manifests as one (a store fed from several crawls): where two name the same file or URL, the first wins. */
    public static Manifest combine(List<Manifest> manifests) {
        Map<String, Metadata> byFile = new HashMap<>();
        Map<String, Metadata> byUrl = new HashMap<>();
        for (Manifest m : manifests) {
            m.byFile.forEach(byFile::putIfAbsent);
            m.byUrl.forEach(byUrl::putIfAbsent);
        }
        return new Manifest(byFile, byUrl);
    }

    /** The metadata for an input path (as given) or URL, or {@link Metadata#EMPTY}. */
    public Metadata lookup(String path, String url) {
        if (path != null) {
            Metadata m = byFile.get(normalise(path));
            if (m == null) {
                m = byFile.get(fileName(path));
            }
            if (m != null) {
                return m;
            }
        }
        if (url != null && byUrl.containsKey(url)) {
            return byUrl.get(url);
        }
        return Metadata.EMPTY;
    }

    public int size() {
        return byFile.size();
    }

    private static List<String[]> jsonRows(Path path, String text) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(path + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        JsonNode docs = root == null ? null : root.isArray() ? root : root.get("documents");
        if (docs == null || !docs.isArray()) {
            throw new IOException(path + ": expected {\"documents\": [...]} or a JSON array of entries");
        }
        List<String[]> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode d : docs) {
            i++;
            if (!d.isObject() || !d.hasNonNull("file") && !d.hasNonNull("url")) {
                throw new IOException(path + ": entry " + i + ": needs a \"file\" or a \"url\"");
            }
            rows.add(new String[]{text(d, "file"), text(d, "url"), text(d, "outlet"), text(d, "published")});
        }
        return rows;
    }

    private static List<String[]> csvRows(Path path, String text) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        if (lines.length == 0 || !lines[0].trim().toLowerCase(Locale.ROOT).replace(" ", "").startsWith("file,url,outlet,published")) {
            throw new IOException(path + ": line 1: expected the header file,url,outlet,published");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            List<String> cells = CsvLine.parse(lines[i]);
            if (cells.size() < 4) {
                throw new IOException(path + ": line " + (i + 1) + ": expected 4 columns, found " + cells.size());
            }
            rows.add(cells.subList(0, 4).toArray(new String[0]));
        }
        return rows;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String normalise(String p) {
        return Path.of(p).normalize().toString();
    }

    private static String fileName(String p) {
        Path f = Path.of(p).getFileName();
        return f == null ? p : f.toString();
    }
}

package org.onrecord.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onrecord.model.Metadata;
import org.onrecord.model.Problem;

/**
 * A manifest's text to its entries: JSON (Jackson, with a type check of every field) or CSV (Jackson's CSV
 * module: quoted cells, quoted line breaks, any column order). A wrong entry or field is reported as a
 * {@link Problem} naming the manifest and the entry, and the other entries are kept; only a manifest that
 * is not JSON or CSV of the expected shape at all is refused (an {@link IOException} naming the file).
 */
final class ManifestEntries {
    /** One usable entry: its number in the manifest (1-based), the file as written (or null) and its metadata. */
    record Entry(int number, String file, Metadata metadata) {
    }

    record Parsed(List<Entry> entries, List<Problem> problems) {
    }

    static final Set<String> FIELDS = Set.of("file", "url", "outlet", "published", "title");

    /** The manifest as the user knows it (its path, or the name of an uploaded file): for messages only. */
    private final String path;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private ManifestEntries(String path) {
        this.path = path;
    }

    static Parsed parse(String path, String text, boolean csv) throws IOException {
        ManifestEntries m = new ManifestEntries(path);
        if (csv) {
            m.csv(text);
        } else {
            m.json(text);
        }
        return new Parsed(List.copyOf(m.entries), List.copyOf(m.problems));
    }

    private void json(String text) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException(path + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        JsonNode docs = root == null ? null : root.isArray() ? root : root.get("documents");
        if (docs == null || !docs.isArray()) {
            throw new IOException(path + ": expected {\"documents\": [...]} or a JSON array of entries");
        }
        int n = 0;
        for (JsonNode d : docs) {
            n++;
            if (!d.isObject()) {
                warn(n, "is " + kind(d) + ", not an object with \"file\", \"url\", \"outlet\", \"published\"; skipped");
                continue;
            }
            String[] values = new String[5];
            int i = 0;
            for (String field : new String[]{"file", "url", "outlet", "published", "title"}) {
                JsonNode v = d.get(field);
                if (v != null && !v.isNull() && !v.isTextual()) {
                    warn(n, "\"" + field + "\" is " + kind(v) + " (" + quote(v.toString()) + "), expected a string or null; ignored");
                } else if (v != null && !v.isNull()) {
                    values[i] = v.asText();
                }
                i++;
            }
            for (Iterator<String> names = d.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    warn(n, "unknown field " + quote(name) + " ignored (known: file, url, outlet, published, title)");
                }
            }
            add(n, values);
        }
    }

    private void csv(String text) throws IOException {
        CsvMapper mapper = CsvMapper.builder()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .enable(CsvParser.Feature.TRIM_SPACES)
                .build();
        List<String> header = null;
        int[] column = new int[5];
        int n = 0;
        long nextLine = 1;
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(text)) {
            while (true) {
                String[] row;
                long line;
                try {
                    if (!rows.hasNextValue()) break;
                    line = nextLine;
                    row = rows.nextValue();
                    // Where the parser stopped is where the next row starts (a cell may hold line breaks).
                    nextLine = rows.getCurrentLocation() == null ? -1 : rows.getCurrentLocation().getLineNr();
                } catch (IOException | RuntimeException e) {
                    throw new IOException(path + ": not valid CSV after entry " + n + ": " + message(e));
                }
                if (header == null) {
                    header = header(row, column);
                    continue;
                }
                n++;
                if (row.length != header.size()) {
                    warn(n, "has " + row.length + " cell(s), the header " + header.size()
                            + (line > 0 ? " (line " + line + ")" : "") + "; skipped");
                    continue;
                }
                String[] values = new String[5];
                for (int f = 0; f < 5; f++) {
                    values[f] = column[f] < 0 ? null : row[column[f]];
                }
                add(n, values);
            }
        }
        if (header == null) {
            throw new IOException(path + ": line 1: expected a header with the columns file,url,outlet,published");
        }
    }

    /** Maps the known column names to their positions (-1 when absent); refuses a header without file or url. */
    private List<String> header(String[] row, int[] column) throws IOException {
        List<String> names = new ArrayList<>();
        for (String cell : row) names.add(cell.strip().toLowerCase(Locale.ROOT));
        int f = 0;
        for (String field : new String[]{"file", "url", "outlet", "published", "title"}) {
            column[f++] = names.indexOf(field);
        }
        if (column[0] < 0 && column[1] < 0) {
            throw new IOException(path + ": line 1: expected the header file,url,outlet,published (found "
                    + quote(String.join(",", row)) + ")");
        }
        for (String name : names) {
            if (!FIELDS.contains(name)) {
                problems.add(Problem.warning(path, "manifest", "line 1: unknown column " + quote(name)
                        + " ignored (known: file, url, outlet, published, title)"));
            }
        }
        return names;
    }

    /** Checks one entry's values (file, url, outlet, published, title) and keeps it when it names a file or URL. */
    private void add(int n, String[] v) {
        String file = blank(v[0]) ? null : v[0].strip();
        String url = blank(v[1]) ? null : v[1].strip();
        if (file != null) {
            String bad = badFileName(file);
            if (bad != null) {
                warn(n, "file " + quote(file) + " " + bad + "; skipped");
                return;
            }
        }
        if (file == null && url == null) {
            warn(n, "has neither a \"file\" nor a \"url\"; skipped");
            return;
        }
        LocalDate published = null;
        if (!blank(v[3])) {
            String d = v[3].strip();
            try {
                published = LocalDate.parse(d.length() > 10 && d.charAt(10) == 'T' ? d.substring(0, 10) : d);
            } catch (DateTimeParseException e) {
                warn(n, "published " + quote(d) + " is not a date (YYYY-MM-DD); the entry is used without it");
            }
        }
        entries.add(new Entry(n, file, new Metadata(url, blank(v[2]) ? null : v[2].strip(), published,
                blank(v[4]) ? null : v[4].strip())));
    }

    /** Why a file name cannot name a file ("contains a NUL character"), or null when it can. */
    static String badFileName(String file) {
        if (file.indexOf('\0') >= 0) {
            return "contains a NUL character, which no file name can hold";
        }
        try {
            Path.of(file);
            return null;
        } catch (InvalidPathException e) {
            return "is not a valid file name (" + e.getReason() + ")";
        }
    }

    private void warn(int entry, String message) {
        problems.add(Problem.warning(path, "manifest", "entry " + entry + ": " + message));
    }

    private static String kind(JsonNode v) {
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "a boolean";
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        if (v.isNull()) return "null";
        return "a " + v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** A value for a one-line message: control characters (NUL, line breaks) written as escapes. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.valueOf(c));
        }
        return "'" + abbreviate(b.toString()) + "'";
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    private static String message(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

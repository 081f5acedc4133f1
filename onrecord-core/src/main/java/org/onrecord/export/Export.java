package org.onrecord.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.onrecord.store.Store;

/**
 * Writes the store as the files docs/EXPORT.md describes: documents, statements, people, findings and stories,
 * as JSON Lines ({@code .jsonl}) or CSV with the same columns ({@code .csv}, lists joined by {@code |}).
 */
public final class Export {
    public enum Format { JSONL, CSV }

    /** Columns a row of JSON Lines may leave out (when empty), which the CSV file always has. */
    private static final Map<String, List<String>> OPTIONAL = Map.of("findings", List.of("evidence"));

    private static final ObjectMapper JSON = new ObjectMapper().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false);

    private Export() {
    }

    /** Writes the five files into {@code dir} (created if missing) and returns their paths. */
    public static List<Path> write(Store store, Path dir, Format format) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        out.add(write(dir, "documents", format, store.documents(), Rows::of));
        out.add(write(dir, "statements", format, store.statements(), Rows::of));
        // who spoke first, most statements first; those only mentioned after them (mentioned_only)
        out.add(write(dir, "people", format, Rows.people(store.people(), store.statements()), r -> r));
        out.add(write(dir, "findings", format, store.findings(), Rows::of));
        out.add(write(dir, "stories", format, store.stories(), Rows::of));
        return out;
    }

    private static <T> Path write(Path dir, String name, Format format, List<T> items, Function<T, Map<String, Object>> row)
            throws IOException {
        Path file = dir.resolve(name + "." + format.name().toLowerCase(Locale.ROOT));
        Path tmp = dir.resolve(name + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            List<String> columns = null;
            for (T item : items) {
                Map<String, Object> r = row.apply(item);
                if (format == Format.JSONL) {
                    w.write(JSON.writeValueAsString(r));
                } else {
                    if (columns == null) {
                        // every row gets every column, also an optional one the first row leaves out (a finding's evidence)
                        columns = new ArrayList<>(r.keySet());
                        for (String optional : OPTIONAL.getOrDefault(name, List.of())) {
                            if (!columns.contains(optional)) columns.add(optional);
                        }
                        w.write(Csv.line(columns));
                        w.write("\r\n");
                    }
                    w.write(Csv.line(columns.stream().map(c -> Csv.cell(r.get(c))).toList()));
                    w.write("\r\n");
                }
                if (format == Format.JSONL) {
                    w.write('\n');
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}

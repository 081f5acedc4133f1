package org.onrecord.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.Metadata;
import org.onrecord.model.Problem;

/**
 * Crawl metadata per input file, from JSON shaped like {@code seeds/manifest.json}
 * ({@code {"documents":[{"file","url","outlet","published"}]}}) or CSV with a header naming the columns
 * {@code file,url,outlet,published} (and optionally {@code title}). Entries are found by the path as given,
 * by the file name, or by URL. A wrong entry is left out and reported in {@link #problems()}.
 */
public final class Manifest {
    public static final Manifest EMPTY = new Manifest("manifest", List.of(), List.of());

    private final String source;
    private final List<ManifestEntries.Entry> entries;
    private final List<Problem> problems;
    private final Map<String, Metadata> byFile = new HashMap<>();
    private final Map<String, Metadata> byUrl = new HashMap<>();

    private Manifest(String source, List<ManifestEntries.Entry> entries, List<Problem> problems) {
        this.source = source;
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        for (ManifestEntries.Entry e : entries) {
            Metadata m = e.metadata();
            if (e.file() != null) {
                byFile.put(normalise(e.file()), m);
                byFile.putIfAbsent(fileName(e.file()), m);
            }
            if (m.url() != null) {
                byUrl.put(m.url(), m);
            }
        }
    }

    /**
     * Reads a manifest in UTF-8 (a byte-order mark is fine; other encodings are detected and reported).
     * Throws only when the file cannot be read or is not a manifest at all; the message names the file.
     */
    public static Manifest read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        List<Problem> problems = new ArrayList<>();
        TextDecoder.Decoded text;
        try {
            text = TextDecoder.decode(bytes, null, false);
        } catch (BadInputException e) {
            throw new IOException(path + ": " + e.getMessage() + ", not a manifest");
        }
        if (text.warning() != null) {
            problems.add(Problem.warning(path.toString(), "manifest", "not UTF-8: " + text.warning()));
        }
        boolean csv = path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        ManifestEntries.Parsed parsed = ManifestEntries.parse(path, text.text(), csv);
        problems.addAll(parsed.problems());
        problems.addAll(duplicates(path, parsed.entries()));
        return new Manifest(path.toString(), parsed.entries(), problems);
    }

    /** The metadata for an input path (as given) or URL, or {@link Metadata#EMPTY}. */
    public Metadata lookup(String path, String url) {
        if (path != null && ManifestEntries.badFileName(path) == null) {
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

    /** What was wrong with the manifest's entries (each names the manifest and the entry); empty when nothing. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The entries naming a file that is not among {@code inputs} (compared as {@link #lookup} compares: by path
     * or by file name), one warning each, saying whether the file exists at all: their metadata reaches nothing.
     */
    public List<Problem> entriesWithoutInput(Collection<Path> inputs) {
        Set<String> given = new HashSet<>();
        for (Path p : inputs) {
            given.add(p.normalize().toString());
            if (p.getFileName() != null) given.add(p.getFileName().toString());
        }
        List<Problem> out = new ArrayList<>();
        for (ManifestEntries.Entry e : entries) {
            if (e.file() == null || given.contains(normalise(e.file())) || given.contains(fileName(e.file()))) continue;
            boolean exists = Files.exists(Path.of(e.file()));
            out.add(Problem.warning(source, "manifest", "entry " + e.number() + ": file " + ManifestEntries.quote(e.file())
                    + (exists ? " is not among the inputs" : " does not exist and is not among the inputs") + "; its metadata is not used"));
        }
        return out;
    }

    public int size() {
        return entries.size();
    }

    private static List<Problem> duplicates(Path path, List<ManifestEntries.Entry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        List<Problem> out = new ArrayList<>();
        for (ManifestEntries.Entry e : entries) {
            if (e.file() == null) continue;
            Integer first = seen.putIfAbsent(normalise(e.file()), e.number());
            if (first != null) {
                out.add(Problem.warning(path.toString(), "manifest", "entry " + e.number() + ": file " + ManifestEntries.quote(e.file())
                        + " is listed again (first in entry " + first + "); the later entry is used"));
            }
        }
        return out;
    }

    private static String normalise(String p) {
        return Path.of(p).normalize().toString();
    }

    private static String fileName(String p) {
        Path f = Path.of(p).getFileName();
        return f == null ? p : f.toString();
    }
}

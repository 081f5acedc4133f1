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
        return read(path, path.toString());
    }

    /**
     * Reads the manifest in {@code file}, naming it {@code name} in every message and choosing JSON or CSV by that name
     * (the server keeps an uploaded manifest under a name of its own; the user knows it by the name it was uploaded as).
     */
    public static Manifest read(Path file, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Problem> problems = new ArrayList<>();
        TextDecoder.Decoded text;
        try {
            text = TextDecoder.decode(bytes, null, false);
        } catch (BadInputException e) {
            throw new IOException(name + ": " + e.getMessage() + ", not a manifest");
        }
        if (text.warning() != null) {
            problems.add(Problem.warning(name, "manifest", "not UTF-8: " + text.warning()));
        }
        boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
        ManifestEntries.Parsed parsed = ManifestEntries.parse(name, text.text(), csv);
        problems.addAll(parsed.problems());
        problems.addAll(duplicates(name, parsed.entries()));
        return new Manifest(name, parsed.entries(), problems);
    }

    /**
     * Several manifests as one, for a store fed from several crawls: their entries in order, so where two name the
     * same file or URL the later one is used, as within one manifest.
     */
    public static Manifest combine(List<Manifest> manifests) {
        if (manifests.isEmpty()) return EMPTY;
        if (manifests.size() == 1) return manifests.get(0);
        List<ManifestEntries.Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Manifest m : manifests) {
            entries.addAll(m.entries);
            problems.addAll(m.problems);
            sources.add(m.source);
        }
        return new Manifest(String.join(", ", sources), entries, problems);
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

    /**
     * The entries naming a file that is not among the files {@code names} (compared by file name), one warning each.
     * Unlike {@link #entriesWithoutInput} it never looks at the disk: a manifest uploaded to a server must not learn
     * which files exist there.
     */
    public List<Problem> entriesNotAmong(Collection<String> names, String what) {
        Set<String> given = new HashSet<>();
        for (String n : names) given.add(fileName(n));
        List<Problem> out = new ArrayList<>();
        for (ManifestEntries.Entry e : entries) {
            if (e.file() == null || ManifestEntries.badFileName(e.file()) != null || given.contains(fileName(e.file()))) continue;
            out.add(Problem.warning(source, "manifest", "entry " + e.number() + ": file " + ManifestEntries.quote(e.file())
                    + " is not among " + what + "; its metadata is not used"));
        }
        return out;
    }

    public int size() {
        return entries.size();
    }

    private static List<Problem> duplicates(String path, List<ManifestEntries.Entry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        List<Problem> out = new ArrayList<>();
        for (ManifestEntries.Entry e : entries) {
            if (e.file() == null) continue;
            Integer first = seen.putIfAbsent(normalise(e.file()), e.number());
            if (first != null) {
                out.add(Problem.warning(path, "manifest", "entry " + e.number() + ": file " + ManifestEntries.quote(e.file())
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

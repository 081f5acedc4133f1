package org.onrecord.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.onrecord.model.Problem;

/**
 * Expands the command line's INPUT arguments (files, folders searched recursively, globs) into the
 * list of files to read. Inside folders only known article types are taken; a file named on the
 * command line is always tried.
 */
public final class InputFiles {
    /** The files to read, and the arguments that named nothing readable. */
    public record Expansion(List<Path> files, List<Problem> problems, int skippedOtherTypes) {
    }

    private static final List<String> KNOWN = List.of(
            ".txt", ".text", ".html", ".htm", ".xhtml", ".warc", ".txt.gz", ".html.gz", ".htm.gz", ".warc.gz");

    private InputFiles() {
    }

    public static Expansion expand(List<String> inputs) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int[] skipped = {0};
        for (String input : inputs) {
            Path p;
            try {
                p = Path.of(input);
            } catch (InvalidPathException e) {
                problems.add(Problem.skipped(ManifestEntries.quote(input), "ingest", input.indexOf('\0') >= 0
                        ? "not a file name: it contains a NUL character" : "not a valid file name (" + e.getReason() + ")"));
                continue;
            }
            if (Files.isDirectory(p)) {
                walk(p, files, problems, skipped);
            } else if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                files.add(p);
            } else if (isGlob(input)) {
                int before = files.size();
                glob(input, files, problems);
                if (files.size() == before) {
                    problems.add(Problem.skipped(input, "ingest", "no file matches this pattern"));
                }
            } else {
                problems.add(Problem.skipped(input, "ingest", "no such file or folder"));
            }
        }
        return new Expansion(List.copyOf(files), List.copyOf(problems), skipped[0]);
    }

    /** True for names Onrecord reads when it meets them inside a folder. */
    /** The endings of the file names Onrecord reads inside folders, lower case. */
    public static List<String> knownTypes() {
        return KNOWN;
    }

    public static boolean isKnownType(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return KNOWN.stream().anyMatch(n::endsWith);
    }

    /**
     * The known article files under {@code dir} (links to files followed, links to folders not), sorted. What
     * cannot be read is reported rather than passed over: a dangling link, a named pipe or other special
     * file, a link to a folder, a folder that cannot be listed.
     */
    private static void walk(Path dir, List<Path> files, List<Problem> problems, int[] skipped) {
        List<Path> found = new ArrayList<>();
        List<Problem> bad = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (Files.isRegularFile(f)) {
                        if (isKnownType(f)) found.add(f);
                        else skipped[0]++;
                    } else {
                        String why = notAFile(f);
                        bad.add(why.startsWith("symbolic link to a folder")
                                ? Problem.warning(f.toString(), "ingest", why) : Problem.skipped(f.toString(), "ingest", why));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    bad.add(Problem.skipped(f.toString(), "ingest", "cannot read: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            bad.add(Problem.skipped(dir.toString(), "ingest", "cannot list folder: " + reason(e)));
        }
        found.sort(null);
        bad.sort(Comparator.comparing(Problem::source));
        files.addAll(found);
        problems.addAll(bad);
    }

    /** Why a path that exists (perhaps only as a link) is not a regular file, in words. */
    static String notAFile(Path f) {
        if (Files.isSymbolicLink(f)) {
            String target;
            try {
                target = Files.readSymbolicLink(f).toString();
            } catch (IOException e) {
                target = "?";
            }
            if (!Files.exists(f)) {
                return "dangling symbolic link: its target " + ManifestEntries.quote(target) + " does not exist (or is a link loop)";
            }
            if (Files.isDirectory(f)) {
                return "symbolic link to a folder (" + ManifestEntries.quote(target) + "), not followed";
            }
        }
        if (Files.isDirectory(f)) {
            return "is a folder, not a file";
        }
        try {
            Object mode = Files.getAttribute(f, "unix:mode");
            int type = mode instanceof Integer m ? m & 0170000 : 0;
            if (type == 0010000) return "not a regular file (a named pipe, FIFO)";
            if (type == 0140000) return "not a regular file (a socket)";
            if (type == 0020000 || type == 0060000) return "not a regular file (a device)";
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix attributes here: the general sentence below
        }
        return "not a regular file";
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemLoopException) return "symbolic link loop";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private static void glob(String pattern, List<Path> files, List<Problem> problems) {
        // The folder to search is the longest leading part of the pattern without glob characters.
        String[] parts = pattern.split("/", -1);
        StringBuilder base = new StringBuilder();
        int i = 0;
        for (; i < parts.length - 1 && !isGlob(parts[i]); i++) {
            base.append(parts[i]).append('/');
        }
        Path root = base.length() == 0 ? Path.of(".") : Path.of(base.toString());
        if (!Files.isDirectory(root)) {
            return;
        }
        boolean anyDepth = pattern.contains("**");
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> s = anyDepth ? Files.walk(root) : Files.walk(root, parts.length - i)) {
            s.filter(Files::isRegularFile)
                    .map(f -> base.length() == 0 ? root.relativize(f) : f)
                    .filter(matcher::matches)
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(Problem.skipped(pattern, "ingest", "cannot search: " + e.getMessage()));
        }
    }
}

package org.onrecord.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
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
            Path p = Path.of(input);
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
    public static boolean isKnownType(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return KNOWN.stream().anyMatch(n::endsWith);
    }

    private static void walk(Path dir, List<Path> files, List<Problem> problems, int[] skipped) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).sorted().forEach(f -> {
                if (isKnownType(f)) {
                    files.add(f);
                } else {
                    skipped[0]++;
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(Problem.skipped(dir.toString(), "ingest", "cannot list folder: " + e.getMessage()));
        }
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

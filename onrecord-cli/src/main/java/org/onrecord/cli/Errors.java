package org.onrecord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.onrecord.store.StoreException;
import picocli.CommandLine;

/**
 * What went wrong, in one sentence naming the path and the cause. Failures a user can cause (a missing or
 * unreadable file or folder, a store that cannot be opened or is not one) end a command with that sentence and exit
 * status 1, never a stack trace; anything else is a bug in Onrecord and is printed with its stack trace.
 */
final class Errors {
    private Errors() {
    }

    /** The handler {@link Onrecord#commandLine()} installs for exceptions a command lets through. */
    static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String line = userError(e);
        if (line != null) {
            err.println("error: " + line);
        } else {
            err.println("error: unexpected " + e + " (a bug in Onrecord; please report it with what follows)");
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** The sentence for a failure a user can cause, or null when {@code e} is not one. */
    static String userError(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return userError(u.getCause());
        }
        if (e instanceof FileSystemException f) {
            return describe(f);
        }
        if (e instanceof StoreException s) {
            Throwable cause = s.getCause();
            if (cause instanceof FileSystemException f) {
                String m = s.getMessage() == null ? "" : s.getMessage();
                return (m.contains(": ") ? m.substring(0, m.indexOf(": ")) : "cannot open the store") + ": " + describe(f);
            }
            return sqlite(s.getMessage());
        }
        if (e instanceof InvalidPathException p) {
            return "not a valid path: " + p.getMessage();
        }
        if (e instanceof IOException io) {
            return io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
        }
        return null;
    }

    /** {@code PATH: cause} for the file system's exceptions, whose messages are often the bare path. */
    static String describe(FileSystemException f) {
        String file = f.getFile();
        String reason;
        if (f instanceof NoSuchFileException) reason = "no such file or folder";
        else if (f instanceof AccessDeniedException) reason = "permission denied";
        else if (f instanceof FileAlreadyExistsException) reason = "is in the way (a file exists where a folder or a new file is needed)";
        else if (f instanceof NotDirectoryException) reason = "is not a folder";
        else if (f instanceof DirectoryNotEmptyException) reason = "is a folder that is not empty";
        else if (f instanceof FileSystemLoopException) reason = "symbolic link loop";
        else reason = f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        if (file == null) return reason;
        return file + ": " + reason + (f.getOtherFile() != null ? " (" + f.getOtherFile() + ")" : "");
    }

    /**
     * A store failure in words: the message names the store ({@code cannot open store PATH: ...} or {@code store PATH: ...});
     * SQLite's code and its doubled description become one plain cause.
     */
    static String sqlite(String message) {
        if (message == null) return "the store cannot be used";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?): \\[(SQLITE_[A-Z_]+)\\]\\s*(.*)$", java.util.regex.Pattern.DOTALL)
                .matcher(message);
        if (!m.matches()) return message;
        String head = m.group(1), code = m.group(2), rest = m.group(3);
        String cause = switch (code) {
            case "SQLITE_NOTADB" -> "the file is not an Onrecord store (not a SQLite database)";
            case "SQLITE_CANTOPEN" -> "SQLite cannot open or create the file there (is it a folder, or is its folder read-only?)";
            case "SQLITE_READONLY" -> "the store is read-only";
            case "SQLITE_BUSY", "SQLITE_LOCKED" -> "the store is locked by another process (an analyze run?); try again when it has finished";
            case "SQLITE_FULL" -> "the disk is full";
            case "SQLITE_CORRUPT" -> "the store is damaged (" + rest + ")";
            case "SQLITE_PERM", "SQLITE_AUTH" -> "permission denied";
            case "SQLITE_IOERR" -> "a read or write error (" + rest + ")";
            default -> rest;
        };
        return head + ": " + cause;
    }

    /**
     * Why {@code dir} cannot be the folder an option names for output ({@code option DIR is a file}, or a part of its
     * path is), or null when it is a folder or can be created as one.
     */
    static String folderProblem(String option, java.nio.file.Path dir) {
        if (java.nio.file.Files.isDirectory(dir)) return null;
        if (java.nio.file.Files.exists(dir)) return option + " " + dir + " is a file, not a folder";
        for (java.nio.file.Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (java.nio.file.Files.isDirectory(p)) return null;
            if (java.nio.file.Files.exists(p)) return "cannot create the folder " + dir + " (" + option + "): " + p + " is a file, not a folder";
        }
        return null;
    }
}

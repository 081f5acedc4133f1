package org.onrecord.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;

/**
 * The upload form's multipart body, streamed (commons-fileupload, decision 0023) into a fresh temporary folder
 * under names the server makes up ({@code 0}, {@code 1}, ..., {@code manifest}): the names the files were
 * uploaded as are kept only as strings, for messages and the manifest, and never reach a path. The form's
 * token must come before any file, so a forged request is refused before anything is written.
 */
final class UploadRequest {
    /** A received file: where the server keeps it and the name it was uploaded as. */
    record Part(Path file, String name, long size) {
    }

    /** What a request brought: the articles in order, the manifest or null, and the folder holding them all. */
    record Received(Path dir, List<Part> files, Part manifest) {
        Received {
            files = List.copyOf(files);
        }

        List<String> names() {
            return files.stream().map(Part::name).toList();
        }
    }

    /** A request refused with its HTTP status and a sentence for the user. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** The size of the form fields read into memory (the token); anything longer is no token. */
    private static final int FIELD_MAX = 256;

    private UploadRequest() {
    }

    /**
     * Reads the request's body. {@code tokenNeeded}: a browser's form must show the token ({@code csrf} field) that
     * {@code tokenOk} accepts before its first file (a client sending {@code Authorization: Bearer} needs none).
     */
    static Received read(HttpExchange ex, long maxBytes, int maxFiles, boolean tokenNeeded, Predicate<String> tokenOk) throws Refused, IOException {
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new Refused(415, "an upload is a multipart/form-data form (the upload page's form sends one)");
        }
        long length = contentLength(ex);
        if (length > maxBytes) throw tooLarge(maxBytes);
        FileUpload upload = new FileUpload();
        upload.setSizeMax(maxBytes);
        upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
        upload.setPartHeaderSizeMax(4096);
        Path dir = Files.createTempDirectory("onrecord-upload-");
        boolean kept = false;
        try {
            Received r = parse(upload.getItemIterator(context(ex, type, length)), dir, maxFiles, tokenNeeded, tokenOk);
            kept = true;
            return r;
        } catch (FileUploadBase.SizeLimitExceededException | FileUploadBase.FileSizeLimitExceededException e) {
            throw tooLarge(maxBytes);
        } catch (FileUploadException e) {
            throw new Refused(400, "not a readable upload form (" + e.getMessage() + ")");
        } catch (IOException e) {
            if (e.getCause() instanceof FileUploadBase.SizeLimitExceededException
                    || e.getCause() instanceof FileUploadBase.FileSizeLimitExceededException) throw tooLarge(maxBytes);
            if (e.getCause() instanceof FileUploadException f) throw new Refused(400, "not a readable upload form (" + f.getMessage() + ")");
            throw e;
        } finally {
            if (!kept) delete(dir);
        }
    }

    private static Received parse(FileItemIterator items, Path dir, int maxFiles, boolean tokenNeeded, Predicate<String> tokenOk)
            throws FileUploadException, IOException, Refused {
        boolean tokenSeen = !tokenNeeded;
        List<Part> files = new ArrayList<>();
        Part manifest = null;
        Set<String> names = new HashSet<>();
        while (items.hasNext()) {
            FileItemStream item = items.next();
            if (item.isFormField()) {
                if ("csrf".equals(item.getFieldName())) {
                    try (InputStream in = item.openStream()) {
                        String given = new String(in.readNBytes(FIELD_MAX), StandardCharsets.UTF_8);
                        tokenSeen |= tokenOk.test(given);
                    }
                }
                continue;
            }
            if (!tokenSeen) {
                throw new Refused(403, "refused: this form's token is missing or out of date (the server was restarted?); "
                        + "open the upload page again and send the files from there");
            }
            boolean isManifest = "manifest".equals(item.getFieldName());
            if (!isManifest && !"files".equals(item.getFieldName())) continue;
            if (!isManifest && files.size() >= maxFiles) {
                throw new Refused(413, "too many files: at most " + maxFiles + " in one upload (send the rest in another)");
            }
            Path target = dir.resolve(isManifest ? "manifest" : Integer.toString(files.size()));
            long size;
            try (InputStream in = item.openStream(); OutputStream out = Files.newOutputStream(target)) {
                size = in.transferTo(out);
            }
            String given = item.getName();
            if ((given == null || given.isEmpty()) && size == 0) {
                Files.delete(target); // a file input left empty
                continue;
            }
            String name = UploadNames.clean(given, files.size());
            if (isManifest) {
                manifest = new Part(target, name, size);
            } else {
                files.add(new Part(target, UploadNames.unique(name, names), size));
            }
        }
        if (!tokenSeen) {
            throw new Refused(403, "refused: this form's token is missing or out of date; open the upload page again");
        }
        if (files.isEmpty()) {
            throw new Refused(400, "no article file was chosen: choose one or more .txt, .html or .warc files");
        }
        return new Received(dir, files, manifest);
    }

    private static long contentLength(HttpExchange ex) throws Refused {
        String given = ex.getRequestHeaders().getFirst("Content-Length");
        if (given == null) return -1;
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            throw new Refused(400, "the Content-Length header is not a number");
        }
    }

    private static Refused tooLarge(long maxBytes) {
        return new Refused(413, "the upload is larger than this server takes at once (" + maxBytes / (1024 * 1024)
                + " MB in all); send fewer files at a time, or analyse a large crawl with onrecord analyze");
    }

    private static UploadContext context(HttpExchange ex, String type, long length) {
        return new UploadContext() {
            @Override
            public long contentLength() {
                return length;
            }

            @Override
            public String getCharacterEncoding() {
                return StandardCharsets.UTF_8.name();
            }

            @Override
            @SuppressWarnings("deprecation")
            public int getContentLength() {
                return length > Integer.MAX_VALUE ? -1 : (int) length;
            }

            @Override
            public String getContentType() {
                return type;
            }

            @Override
            public InputStream getInputStream() {
                return ex.getRequestBody();
            }
        };
    }

    /** Removes a folder this class made, and what it holds (no links are followed: the server wrote every file). */
    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the system's temporary-file cleaning
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}

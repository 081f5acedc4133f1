package org.onrecord.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.onrecord.model.Format;
import org.onrecord.model.Metadata;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;

/**
 * The ingest stage: reads files (plain text, HTML, gzip'd either, WARC) into {@link RawDocument}s.
 * A bad file is reported to the sink as a {@link Problem} naming it, and reading goes on.
 *
 * <pre>{@code
 * new Ingest(manifest).read(Path.of("article.html"), sink);
 * }</pre>
 */
public final class Ingest {
    /** Receives what ingest finds: documents, and problems with inputs. */
    public interface Sink {
        void document(RawDocument doc);

        void problem(Problem problem);
    }

    /** Pages larger than this are refused: no news article is that long, and the pipeline holds a page in memory. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private final Manifest manifest;
    private final int maxBytes;

    public Ingest(Manifest manifest) {
        this(manifest, DEFAULT_MAX_BYTES);
    }

    public Ingest(Manifest manifest, int maxBytes) {
        this.manifest = manifest == null ? Manifest.EMPTY : manifest;
        this.maxBytes = maxBytes;
    }

    /** Reads one file: one document, several (WARC), or problems. Never throws for bad content. */
    public void read(Path file, Sink sink) {
        read(file, file.toString(), sink);
    }

    /**
     * Reads {@code file} as the input the user calls {@code source}: documents and problems name it so, the manifest
     * is looked up by it and its type is told by its ending (a file the server received is kept under a name of its
     * own, never under the name it was uploaded as).
     */
    public void read(Path file, String source, Sink sink) {
        String name = fileName(source).toLowerCase(Locale.ROOT);
        try {
            if (!Files.exists(file) && !Files.isSymbolicLink(file)) {
                throw new BadInputException("no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(InputFiles.notAFile(file));
            }
            if (!Files.isReadable(file)) {
                throw new BadInputException("cannot read (permission denied)");
            }
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                new WarcInput(manifest, maxBytes).read(file, source, sink);
                return;
            }
            boolean gz = name.endsWith(".gz");
            byte[] bytes = gz ? gunzip(file) : readCapped(file);
            String inner = gz ? name.substring(0, name.length() - 3) : name;
            Format format = formatOf(inner, bytes);
            TextDecoder.Decoded d = TextDecoder.decode(bytes, null, format == Format.HTML);
            if (d.warning() != null) {
                sink.problem(Problem.warning(source, "ingest", d.warning()));
            }
            if (d.text().isBlank()) {
                throw new BadInputException("no text (only white space)");
            }
            Metadata m = manifest.lookup(source, null);
            sink.document(new RawDocument(source, d.text(), format, m, m.url()));
        } catch (BadInputException e) {
            sink.problem(Problem.skipped(source, "ingest", e.getMessage()));
        } catch (NoSuchFileException e) {
            sink.problem(Problem.skipped(source, "ingest", "no such file"));
        } catch (AccessDeniedException e) {
            sink.problem(Problem.skipped(source, "ingest", "cannot read (permission denied)"));
        } catch (IOException e) {
            sink.problem(Problem.skipped(source, "ingest", "cannot read: " + e.getMessage()));
        }
    }

    /** The last part of a path or name, whichever separator it uses. */
    private static String fileName(String source) {
        int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(cut + 1);
    }

    static Format formatOf(String name, byte[] bytes) {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Format.TEXT;
        }
        return looksLikeHtml(new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1))
                ? Format.HTML : Format.TEXT;
    }

    static boolean looksLikeHtml(String head) {
        String h = head.stripLeading().toLowerCase(Locale.ROOT);
        return h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body") || h.contains("<head");
    }

    private byte[] readCapped(Path file) throws IOException, BadInputException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new BadInputException(tooLarge(size));
        }
        return Files.readAllBytes(file);
    }

    private byte[] gunzip(Path file) throws IOException, BadInputException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return readAtMost(in, maxBytes);
        } catch (EOFException e) {
            throw new BadInputException("truncated gzip file (unexpected end of data)");
        } catch (ZipException e) {
            throw new BadInputException("not a valid gzip file (" + e.getMessage() + ")");
        }
    }

    /** Reads a stream to its end, refusing more than {@code max} bytes (a gzip bomb or a giant page). */
    static byte[] readAtMost(InputStream in, int max) throws IOException, BadInputException {
        byte[] bytes = in.readNBytes(max);
        if (bytes.length == max && in.read() != -1) {
            throw new BadInputException(tooLarge(max + 1L));
        }
        return bytes;
    }

    static String tooLarge(long size) {
        return String.format(Locale.ROOT, "too large (%s, the limit is %d MB a document)",
                size > DEFAULT_MAX_BYTES ? String.format(Locale.ROOT, "%.1f MB", size / 1048576.0) : "over the limit",
                DEFAULT_MAX_BYTES / 1048576);
    }
}

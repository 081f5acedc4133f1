package org.onrecord.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.onrecord.model.Format;
import org.onrecord.model.Metadata;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;

/**
 * Reads a WARC file (plain or gzip'd) with jwarc: each response or resource record with an HTML or
 * plain-text payload is one document, its source {@code path#targetURI}. A damaged record is reported
 * with its offset and the records before it are kept.
 */
final class WarcInput {
    private final Manifest manifest;
    private final int maxBytes;

    WarcInput(Manifest manifest, int maxBytes) {
        this.manifest = manifest;
        this.maxBytes = maxBytes;
    }

    void read(Path file, String source, Ingest.Sink sink) throws BadInputException {
        int records = 0;
        int documents = 0;
        long offset = 0;
        try (WarcReader reader = new WarcReader(file)) {
            while (true) {
                offset = reader.position();
                WarcRecord record = reader.next().orElse(null);
                if (record == null) {
                    break;
                }
                records++;
                if (readRecord(source, record, sink)) {
                    documents++;
                }
            }
        } catch (IOException | RuntimeException e) {
            String what = e.getMessage() != null ? e.getMessage() : e instanceof java.io.EOFException ? "the file ends early" : e.getClass().getSimpleName();
            String msg = (records == 0 ? "not a readable WARC file" : "truncated or damaged WARC")
                    + " at offset " + offset + " (" + what + ")";
            if (records == 0) {
                throw new BadInputException(msg);
            }
            sink.problem(Problem.skipped(source, "ingest", msg + (documents == 0 ? "; no document could be read from it"
                    : "; kept the " + documents + " document(s) before it")));
            return;
        }
        if (records == 0) {
            throw new BadInputException("empty WARC file (no records)");
        }
    }

    private boolean readRecord(String file, WarcRecord record, Ingest.Sink sink) throws IOException {
        String target;
        MediaType type;
        InputStream body;
        String status = null;
        if (record instanceof WarcResponse response) {
            target = response.target();
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                return false;
            }
            type = http.contentType();
            body = http.bodyDecoded().stream();
        } else if (record instanceof WarcResource resource) {
            target = resource.target();
            type = resource.contentType();
            body = resource.body().stream();
        } else {
            return false;
        }
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        boolean html = base.contains("html");
        if (!html && !base.equals("text/plain")) {
            return false;
        }
        String source = file + "#" + target;
        try {
            byte[] bytes = Ingest.readAtMost(body, maxBytes);
            String charset = type.parameters().get("charset");
            TextDecoder.Decoded d = TextDecoder.decode(bytes, charset, html);
            if (d.warning() != null) {
                sink.problem(Problem.warning(source, "ingest", d.warning()));
            }
            Metadata m = manifest.lookup(null, target);
            sink.document(new RawDocument(source, d.text(), html ? Format.HTML : Format.TEXT, m, target));
            return true;
        } catch (BadInputException e) {
            sink.problem(Problem.skipped(source, "ingest", e.getMessage()));
            return false;
        }
    }
}

package org.onrecord.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Builds small WARC files for tests, byte for byte as the WARC 1.1 specification shows them. */
public final class Warcs {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int n;

    /** Adds a response record whose HTTP payload is {@code body} in {@code charset}, labelled {@code contentType}. */
    public Warcs response(String uri, String contentType, String body, Charset charset) {
        byte[] payload = body.getBytes(charset);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.writeBytes(http.getBytes(StandardCharsets.ISO_8859_1));
        block.writeBytes(payload);
        String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + (n++) + ">\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n";
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(block.toByteArray());
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }
}

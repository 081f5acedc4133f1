package org.onrecord.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Percent-decoding of a request's raw path and query, exactly once and strictly: a malformed escape
 * ({@code %zz}, a cut {@code %4}) or escaped bytes that are not UTF-8 are the client's error (400), never
 * a server error; the JDK's decoders would throw an unchecked exception or replace silently.
 */
final class Escapes {
    /** The request cannot be understood; the message says why, for a 400 answer. */
    static final class BadRequest extends Exception {
        BadRequest(String message) {
            super(message);
        }
    }

    private Escapes() {
    }

    /** A path segment or query part, decoded once; {@code plusIsSpace} for form-encoded query strings. */
    static String decode(String raw, boolean plusIsSpace) throws BadRequest {
        if (raw.indexOf('%') < 0) {
            return plusIsSpace ? raw.replace('+', ' ') : raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new BadRequest("malformed percent-escape in the address: a '%' must be followed by two hexadecimal digits");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("the escaped bytes in the address are not UTF-8");
        }
    }

    /** The query's parameters (the first of repeated ones), decoded. */
    static Map<String, String> query(String rawQuery) throws BadRequest {
        Map<String, String> out = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return out;
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            out.putIfAbsent(k, v);
        }
        return out;
    }
}

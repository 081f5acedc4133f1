package org.onrecord.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text: refuses binary content, honours a byte-order mark and a declared charset (HTTP header
 * or HTML meta), and otherwise takes strict UTF-8, falling back to windows-1252 with a warning.
 */
final class TextDecoder {
    /** The decoded text, the charset used, and a warning (or null) when the bytes were not clean. */
    record Decoded(String text, Charset charset, String warning) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String declaredCharset, boolean sniffHtmlMeta) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return strictOrReplace(ByteBuffer.wrap(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8, "byte-order mark");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return strictOrReplace(ByteBuffer.wrap(bytes, 2, bytes.length - 2), StandardCharsets.UTF_16LE, "byte-order mark");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return strictOrReplace(ByteBuffer.wrap(bytes, 2, bytes.length - 2), StandardCharsets.UTF_16BE, "byte-order mark");
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new BadInputException("binary file (" + binary + "), not text or HTML");
        }
        String declared = declaredCharset;
        if (declared == null && sniffHtmlMeta) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                declared = m.group(1);
            }
        }
        String warning = null;
        if (declared != null) {
            Charset cs = charsetFor(declared);
            if (cs != null) {
                return strictOrReplace(ByteBuffer.wrap(bytes), cs, "declared charset");
            }
            warning = "unknown charset '" + declared + "' declared; ";
        }
        try {
            String text = strict(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8);
            return new Decoded(text, StandardCharsets.UTF_8, warning == null ? null : warning + "read as UTF-8");
        } catch (CharacterCodingException e) {
            String text = new String(bytes, WINDOWS_1252);
            return new Decoded(text, WINDOWS_1252,
                    (warning == null ? "" : warning) + "not valid UTF-8 and no charset declared; decoded as windows-1252");
        }
    }

    /** The charset a declared label names; HTML treats latin-1 and ASCII labels as windows-1252. */
    static Charset charsetFor(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("latin-1") || l.equals("us-ascii") || l.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.isSupported(l) ? Charset.forName(l) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Decoded strictOrReplace(ByteBuffer buf, Charset cs, String why) {
        try {
            return new Decoded(strict(buf.duplicate(), cs), cs, null);
        } catch (CharacterCodingException e) {
            CharsetDecoder dec = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            String text;
            try {
                text = dec.decode(buf).toString();
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException(impossible);
            }
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            return new Decoded(text, cs, replaced + " undecodable byte sequence(s) in " + cs.name()
                    + " (" + why + ") replaced with U+FFFD");
        }
    }

    private static String strict(ByteBuffer buf, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(buf).toString();
    }

    /** A name for binary content ("PNG image", "contains NUL bytes"), or null when the bytes look like text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "PNG image";
        if (startsWith(b, 0xff, 0xd8, 0xff)) return "JPEG image";
        if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF image";
        if (startsWith(b, '%', 'P', 'D', 'F')) return "PDF document";
        if (startsWith(b, 'P', 'K', 3, 4)) return "ZIP archive";
        if (startsWith(b, 0x1f, 0x8b)) return "gzip data without a .gz name";
        if (startsWith(b, 0x7f, 'E', 'L', 'F')) return "ELF executable";
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return "contains NUL bytes";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return control * 20 > n ? "mostly control characters" : null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) return false;
        }
        return true;
    }
}

package org.onrecord.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
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
 * Bytes to text, decoded by what they are. In order: a byte-order mark; UTF-16 without a mark (recognised
 * before the binary check, since its ASCII letters come with NUL bytes); binary content is refused; a
 * declared charset (HTTP header, HTML meta); UTF-8 when the bytes are UTF-8, also when a few sequences
 * are broken (those become U+FFFD rather than the whole file being read in another charset); otherwise
 * ICU4J's statistical {@link CharsetDetector}.
 */
final class TextDecoder {
    /** The decoded text, the charset used, and a warning (or null) when the bytes were not clean. */
    record Decoded(String text, Charset charset, String warning) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** How much of a file the sniffing looks at (ICU's detector itself reads at most 8,000 bytes). */
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String declaredCharset, boolean sniffHtmlMeta) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return strictOrReplace(ByteBuffer.wrap(bytes), utf16, "UTF-16 without a byte-order mark");
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new BadInputException("binary file (" + binary + "), not text or HTML");
        }
        String declared = declaredCharset;
        if (declared == null && sniffHtmlMeta) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                declared = m.group(1);
            }
        }
        String unknown = "";
        if (declared != null) {
            Charset cs = charsetFor(declared);
            if (cs != null) {
                return strictOrReplace(ByteBuffer.wrap(bytes), cs, "declared charset");
            }
            unknown = "unknown charset '" + declared + "' declared; ";
        }
        Utf8Check utf8 = Utf8Check.of(bytes);
        if (utf8.invalid() == 0) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    unknown.isEmpty() ? null : unknown + "read as UTF-8");
        }
        if (utf8.mostlyUtf8()) {
            Decoded d = strictOrReplace(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8, "otherwise valid UTF-8");
            return new Decoded(d.text(), d.charset(), unknown + d.warning());
        }
        return detected(bytes, sniffHtmlMeta, unknown);
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

    private static Decoded byBom(byte[] b) {
        if (startsWith(b, 0xef, 0xbb, 0xbf)) {
            return strictOrReplace(ByteBuffer.wrap(b, 3, b.length - 3), StandardCharsets.UTF_8, "byte-order mark");
        }
        if (startsWith(b, 0xff, 0xfe)) {
            return strictOrReplace(ByteBuffer.wrap(b, 2, b.length - 2), StandardCharsets.UTF_16LE, "byte-order mark");
        }
        if (startsWith(b, 0xfe, 0xff)) {
            return strictOrReplace(ByteBuffer.wrap(b, 2, b.length - 2), StandardCharsets.UTF_16BE, "byte-order mark");
        }
        return null;
    }

    /**
     * UTF-16LE or UTF-16BE when the file's first 8 KB look like it and decode in it cleanly (no unpaired
     * surrogate) to text without NUL or other control characters; null otherwise. UTF-16 text in any script
     * has ASCII-range characters (spaces, digits, punctuation: 0x20 0x00 in UTF-16LE), so at least a tenth
     * of its code units have a zero high byte and its zero bytes sit almost all at one parity; binary data
     * and single-byte or UTF-8 text do not look like that.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SNIFF) & ~1;
        if (n < 8) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) zeroEven++;
                else zeroOdd++;
            }
        }
        int enough = Math.max(1, n / 20); // a tenth of the code units
        Charset cs;
        if (zeroOdd >= enough && zeroEven * 10 <= zeroOdd) {
            cs = StandardCharsets.UTF_16LE;
        } else if (zeroEven >= enough && zeroOdd * 10 <= zeroEven) {
            cs = StandardCharsets.UTF_16BE;
        } else {
            return null;
        }
        // A surrogate pair cut at the 8 KB boundary is no reason to refuse the file.
        int end = n < b.length && isHighSurrogateAt(b, n - 2, cs) ? n - 2 : n;
        try {
            String head = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, end)).toString();
            return looksLikeText(head) ? cs : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isHighSurrogateAt(byte[] b, int i, Charset cs) {
        int high = cs.equals(StandardCharsets.UTF_16LE) ? b[i + 1] & 0xff : b[i] & 0xff;
        return high >= 0xd8 && high <= 0xdb;
    }

    private static boolean looksLikeText(String s) {
        int control = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || c == '\uFFFE' || c == '\uFFFF') return false;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
            if (Character.isLetter(c)) letters++;
        }
        return control * 100 <= s.length() && letters * 2 >= s.length() / 2;
    }

    /** No charset declared and not UTF-8: ICU4J's detector names one (Latin-1 read as windows-1252, as HTML does). */
    private static Decoded detected(byte[] bytes, boolean html, String prefix) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html); // ignore markup, which would make every page look like ASCII
        detector.setText(bytes);
        Charset cs = null;
        int confidence = 0;
        for (CharsetMatch match : detector.detectAll()) {
            Charset candidate = match.getConfidence() >= 10 ? charsetFor(match.getName()) : null;
            // UTF-8 and UTF-16 were ruled out above: on short text ICU may still offer them.
            if (candidate != null && !candidate.name().startsWith("UTF")) {
                cs = candidate;
                confidence = match.getConfidence();
                break;
            }
        }
        String why;
        if (cs == null) {
            cs = WINDOWS_1252;
            why = "no charset detected with confidence; decoded as windows-1252";
        } else {
            why = "detected " + cs.name() + " (confidence " + confidence + "%)";
        }
        Decoded d = strictOrReplace(ByteBuffer.wrap(bytes), cs, "detected charset");
        return new Decoded(d.text(), cs, prefix + "not valid UTF-8 and no charset declared; " + why
                + (d.warning() == null ? "" : "; " + d.warning()));
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
        int n = Math.min(b.length, SNIFF);
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

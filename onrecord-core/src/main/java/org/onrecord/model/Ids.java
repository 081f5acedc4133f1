package org.onrecord.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-hash ids: the first 64 bits of SHA-256 over the parts, as 16 hex digits. The same parts always give the
 * same id, on any JVM; at crawl size (millions of records) a 64-bit id collides with odds of about 1 in 10^7, where
 * the 32-bit {@code hashCode} ids it replaces collided within a few hundred pages.
 */
public final class Ids {
    private Ids() {
    }

    /**
     * {@code prefix} + 16 hex digits of SHA-256 over the parts, each part followed by a NUL so that ("ab", "c") and
     * ("a", "bc") differ. A null part counts as the empty string preceded by a marker, so null and "" differ.
     */
    public static String of(String prefix, String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            if (part == null) {
                sha.update((byte) 1);
            } else {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            sha.update((byte) 0);
        }
        return prefix + HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    /** 16 hex digits of SHA-256 over a text's UTF-8 bytes: the id of a document's text. */
    public static String ofText(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package org.onrecord.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * An identifier of the code that analyses documents: SHA-256 over the bytes of the jars (or class folders) the
 * given classes come from, and the Java version. A document stored by the same code from the same cleaned text
 * need not be analysed again; any change to the code (a rule, a lexicon, a model jar) gives another identifier.
 */
final class CodeVersion {
    private CodeVersion() {
    }

    /** The identifier, or null when a code source cannot be read (then nothing is taken as already analysed). */
    static String of(List<Class<?>> anchors) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Class<?> c : anchors) {
                Path source = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(source)) {
                    try (Stream<Path> files = Files.walk(source)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            sha.update(source.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                            sha.update(Files.readAllBytes(f));
                        }
                    }
                } else if (Files.size(source) < 64L << 20) {
                    sha.update(Files.readAllBytes(source));
                } else {
                    // a large jar of models: its name carries its version
                    sha.update((source.getFileName() + " " + Files.size(source)).getBytes(StandardCharsets.UTF_8));
                }
            }
            sha.update(System.getProperty("java.version", "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }
}

package org.onrecord.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The FICTIONAL Valdoria sample story shipped with Onrecord (five short articles, a manifest and the
 * expected findings), written for the demo and the tests. Nothing in it happened.
 */
public final class DemoStory {
    public static final List<String> FILES = List.of("01_herald.txt", "02_wire.txt", "03_harbor.txt", "04_capital.txt",
            "05_ledger.txt", "manifest.json", "gold.json", "README.md");

    private DemoStory() {
    }

    /** Copies the story into {@code dir} and returns the manifest's path there. */
    public static Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : FILES) {
            try (InputStream in = DemoStory.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("demo resource missing from the build: " + name);
                }
                Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir.resolve("manifest.json");
    }
}

package org.onrecord.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code ../shared} (seeds and benchmarks) is. In CI ({@code CI=true}) a missing shared folder fails
 * the test; on a user's clone without it the test is skipped with a message saying so.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path require() {
        Path dir = locate();
        if (dir == null) {
            String msg = "../shared (seeds and benchmarks) not found beside the repository";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg + "; CI must have it");
            }
            assumeTrue(false, msg + ": skipping this test (it runs in CI)");
        }
        return dir;
    }

    private static Path locate() {
        String env = System.getenv("ONRECORD_SHARED");
        if (env != null && Files.isDirectory(Path.of(env, "seeds"))) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return candidate.normalize();
            }
        }
        return null;
    }
}

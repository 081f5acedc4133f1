package org.onrecord.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code ../shared} (seeds and benchmarks) is. In CI ({@code CI=true}) a missing shared folder fails
 * the test; on a user's clone without it the test is skipped with a message saying so (printed on the console by
 * {@link SkippedReasons}).
 *
 * <p>{@code ONRECORD_SHARED}, when set, is the only place looked at: the build sets it to the repository's
 * {@code ../shared}, and {@code ./mvnw -Donrecord.shared=DIR} points it elsewhere (at a missing folder to see
 * what a clone without the shared data sees). Without it (a test run from an IDE), the first {@code shared}
 * folder beside the working directory or one of its parents is used.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path require() {
        String env = System.getenv("ONRECORD_SHARED");
        Path dir = locate(env);
        if (dir == null) {
            String where = env != null && !env.isBlank() ? "not found at " + Path.of(env).toAbsolutePath().normalize()
                    : "not found beside the repository";
            String msg = "../shared (seeds and benchmarks) " + where;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg + "; CI must have it");
            }
            assumeTrue(false, msg + ": skipping this test (it runs in CI)");
        }
        return dir;
    }

    private static Path locate(String env) {
        if (env != null && !env.isBlank()) {
            return Files.isDirectory(Path.of(env, "seeds")) ? Path.of(env).toAbsolutePath().normalize() : null;
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

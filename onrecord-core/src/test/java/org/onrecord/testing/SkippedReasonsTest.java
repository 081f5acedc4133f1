package org.onrecord.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Skipped tests say why on the console, not only in surefire's XML. */
class SkippedReasonsTest {
    /** Run only by the launcher below (surefire leaves nested classes alone). */
    static class Sample {
        @Test
        void needsData() {
            assumeTrue(false, "../shared not found at /nowhere: skipping this test (it runs in CI)");
        }

        @Test
        @Disabled("waits for a fix")
        void disabled() {
        }

        @Test
        void passes() {
        }
    }

    @Test
    void eachSkippedTestPrintsItsReason() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SkippedReasons listener = new SkippedReasons(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).addTestExecutionListeners(listener).build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Sample.class)).build());
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().sorted().toList();
        assertEquals(List.of(
                "SKIPPED SkippedReasonsTest$Sample.disabled(): waits for a fix",
                "SKIPPED SkippedReasonsTest$Sample.needsData(): ../shared not found at /nowhere: skipping this test (it runs in CI)"), lines);
    }
}

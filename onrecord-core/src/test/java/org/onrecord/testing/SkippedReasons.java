package org.onrecord.testing;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints on the console why each skipped test was skipped (a disabled test, or an assumption that did not hold,
 * such as {@link SharedData#require()} without {@code ../shared}): Maven's summary counts skipped tests, and
 * without this their reasons would be only in the surefire XML reports. Registered for every module's test run
 * through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener} in this module's test jar.
 */
public final class SkippedReasons implements TestExecutionListener {
    private final PrintStream out;

    public SkippedReasons() {
        this(System.out);
    }

    SkippedReasons(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(t -> t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())
                    .orElse("aborted");
            print(test, reason.replaceFirst("^Assumption failed: ", ""));
        }
    }

    /** One line: {@code SKIPPED Class.method(): reason}. */
    static String line(TestIdentifier test, String reason) {
        return "SKIPPED " + name(test) + ": " + (reason == null || reason.isBlank() ? "no reason given" : reason);
    }

    private void print(TestIdentifier test, String reason) {
        out.println(line(test, reason));
        out.flush();
    }

    private static String name(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (source instanceof MethodSource m) {
            return m.getClassName().replaceFirst("^.*\\.", "") + "." + m.getMethodName() + "()"
                    + (test.getDisplayName().startsWith(m.getMethodName()) ? "" : " [" + test.getDisplayName() + "]");
        }
        if (source instanceof ClassSource c) {
            return c.getClassName().replaceFirst("^.*\\.", "") + " (all its tests)";
        }
        return test.getDisplayName();
    }
}

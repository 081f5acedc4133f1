package org.onrecord.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * One fuzz target in fuzzing mode, in a JVM of its own (Jazzer fuzzes one {@code @FuzzTest} per JVM, and a
 * timeout ends the process). Started by {@link FuzzBench} with {@code -DJAZZER_FUZZ=1}; arguments: test class,
 * method, base folder (its {@code src/test/resources} receives the findings), corpus folder, libFuzzer flags.
 * Exit 0 when the target ran out its time without a finding, 1 with one.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        String testClass = args[0];
        String method = args[1];
        Map<String, String> config = new LinkedHashMap<>();
        config.put("jazzer.internal.basedir", args[2]);
        // libFuzzer's command line: argv0, the corpus folder (written to), then flags.
        List<String> libFuzzer = new java.util.ArrayList<>(List.of("fuzz", args[3]));
        libFuzzer.addAll(List.of(args).subList(4, args.length));
        for (int i = 0; i < libFuzzer.size(); i++) {
            config.put("jazzer.internal.arg." + i, libFuzzer.get(i));
        }
        // @Timeout on a fuzz test bounds one input (Jazzer passes it to libFuzzer as -timeout); JUnit must not
        // apply it to the whole fuzzing run as well.
        config.put("junit.jupiter.execution.timeout.mode", "disabled");
        // Coverage instrumentation and sanitizers (core's junit-platform.properties turns them off for replays).
        config.put("jazzer.hooks", "true");
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(testClass + "#" + method + "(com.code_intelligence.jazzer.api.FuzzedDataProvider)"))
                .configurationParameters(config)
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        PrintWriter out = new PrintWriter(System.out, true);
        summary.getSummary().printFailuresTo(out, 8);
        long found = summary.getSummary().getTotalFailureCount();
        long ran = summary.getSummary().getTestsStartedCount();
        out.println("FUZZ-RESULT target=" + testClass + "#" + method + " started=" + ran + " failures=" + found);
        System.exit(found > 0 ? 1 : ran > 0 ? 0 : 2);
    }
}

package org.onrecord.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.testing.SharedData;

/**
 * The benchmarks' quality floors, as regression checks on the shared data (CI). The figures themselves are
 * reported by {@code onrecord bench ...}; these only guard against a change that would lose them.
 */
class BenchmarksTest {
    @TempDir
    Path out;

    @Test
    void articleExtractionStaysAboveTheIssueFloor() throws IOException {
        AebBench.Result r = AebBench.run(SharedData.require(), out);
        assertEquals(181, r.figures().docs());
        assertTrue(r.figures().f1() >= 0.95, r.figures().scoreLine());
    }

    @Test
    void publicationDatesStayAboveTheIssueFloor() throws IOException {
        HtmldateBench.Result r = HtmldateBench.run(SharedData.require(), out);
        assertEquals(1000, r.all().pages());
        assertTrue(r.all().accuracy() >= 0.90, r.all().scoreLine());
    }

    @Test
    void timeExpressionValuesStayAboveTheIssueFloor() throws IOException {
        Te3Bench.Figures f = Te3Bench.run(SharedData.require(), out).figures();
        assertEquals(138, f.gold());
        assertTrue(f.valueAccuracy() * f.relaxed()[2] >= 0.80, f.scoreLine());
    }

    @Test
    void storyGroupingStaysAboveTheIssueFloor() throws IOException {
        ClusterScore.Figures f = BasilBench.run(SharedData.require(), out).figures();
        assertEquals(296, f.docs());
        assertTrue(f.bcubedF1() >= 0.95, f.scoreLine());
    }

    @Test
    void attributionOnPolnearDevKeepsItsContentOverlapAndAccuracy() throws IOException {
        PolnearScore.Figures f = PolnearBench.run(SharedData.require(), "dev", out).figures();
        // dev, not test: test is reported by `onrecord bench polnear --split test`, never checked against here.
        // The learned tagger's level (decision 0017): it pairs 1,324 relations where the rules paired 954, so its
        // share right among them (0.86) is below the rules' 0.93 while it gets 254 more right.
        assertTrue(f.get("content_overlap_f1") >= 0.82, f.scoreLine());
        assertTrue(f.get("source_exact_f1") >= 0.70, f.scoreLine());
        assertTrue(f.attributionN() >= 1300, f.scoreLine());
        assertTrue(f.get("attribution_acc") >= 0.85, f.scoreLine());
    }
}

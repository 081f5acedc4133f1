package org.onrecord.bench;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.onrecord.extract.Attribution;
import org.onrecord.extract.AttributionModel;
import org.onrecord.extract.CueLexicon;
import org.onrecord.model.Statement.Span;

/** Development harness (not a product command): train with overrides, then score the raw relations on a split. */
public final class AttributionExperiment {
    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String split = args[2];
        Properties over = new Properties();
        boolean train = true, goldLabels = false;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--no-train")) {
                train = false;
                continue;
            }
            if (args[i].equals("--gold-labels")) {
                train = false;
                goldLabels = true;
                continue;
            }
            String[] kv = args[i].split("=", 2);
            over.setProperty(kv[0], kv[1]);
        }
        if (train) {
            AttributionTraining.Result r = AttributionTraining.run(shared, out, over, System.err::println);
            System.err.printf("trained in %.0f s%n", r.seconds());
        }
        AttributionModel model = goldLabels ? null : AttributionModel.read(out);
        Path splitDir = shared.resolve("bench/polnear").resolve(split);
        List<AttributionTraining.Example> examples = AttributionTraining.examples(splitDir, null);
        Path pred = out.resolve("pred-" + split);
        Files.createDirectories(pred);
        long[] tp = new long[3], np = new long[3], ng = new long[3];
        String[] roles = {AttributionModel.SOURCE, AttributionModel.CUE, AttributionModel.CONTENT};
        if (model != null) {
            long w0 = System.nanoTime();
            for (AttributionTraining.Example e : examples) model.labels(e.annotated());
            long w1 = System.nanoTime();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long featNs = 0;
            for (AttributionTraining.Example e : examples) {
                long f0 = mx.getCurrentThreadCpuTime();
                AttributionModel.nodeFeatures(e.annotated(), model.lexicon());
                featNs += mx.getCurrentThreadCpuTime() - f0;
                model.labels(e.annotated());
            }
            double cpu = (mx.getCurrentThreadCpuTime() - c0 - featNs) / 1e6 / examples.size();
            System.err.printf("tagging after warm-up %.2f ms/article wall (first pass %.1f); CPU: tagging %.2f ms/article, of which features %.2f%n",
                    (System.nanoTime() - w1) / 1e6 / examples.size(), (w1 - w0) / 1e6 / examples.size(), cpu, featNs / 1e6 / examples.size());
        }
        long t0 = System.nanoTime();
        for (AttributionTraining.Example e : examples) {
            String[] labels = goldLabels ? e.labels() : model.labels(e.annotated());
            for (int i = 0; i < labels.length; i++) {
                for (int r = 0; r < 3; r++) {
                    boolean p = labels[i].endsWith(roles[r]), g = e.labels()[i].endsWith(roles[r]);
                    if (p) np[r]++;
                    if (g) ng[r]++;
                    if (p && g) tp[r]++;
                }
            }
            List<Attribution> rel = org.onrecord.extract.AttributionModel.assemble(e.annotated(), labels);
            write(pred.resolve(e.name() + ".ann"), e.annotated().doc().body(), rel);
        }
        System.err.printf("tagging %.1f ms/article%n", (System.nanoTime() - t0) / 1e6 / examples.size());
        for (int r = 0; r < 3; r++) {
            double p = (double) tp[r] / np[r], rc = (double) tp[r] / ng[r];
            System.out.printf("token %-4s P=%.3f R=%.3f F1=%.3f%n", roles[r], p, rc, 2 * p * rc / (p + rc));
        }
        PolnearScore.Figures f = PolnearScore.evaluate(splitDir, pred);
        System.out.println(f.scoreLine());
    }

    static void write(Path file, String text, List<Attribution> relations) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int t = 0, e = 0;
            for (Attribution a : relations) {
                StringBuilder roles = new StringBuilder();
                w.write(t(++t, "Cue", List.of(a.cue()), text));
                int trigger = t;
                roles.append(" Cue:T").append(t);
                if (a.source() != null) {
                    w.write(t(++t, "Source", List.of(a.source()), text));
                    roles.append(" Source:T").append(t);
                }
                w.write(t(++t, "Content", a.content(), text));
                roles.append(" Content:T").append(t);
                w.write("E" + (++e) + "\tAttribution:T" + trigger + roles + "\n");
            }
        }
    }

    private static String t(int n, String type, List<Span> spans, String text) {
        StringBuilder b = new StringBuilder("T" + n + "\t" + type + " ");
        for (int i = 0; i < spans.size(); i++) {
            if (i > 0) b.append(';');
            b.append(spans.get(i).start()).append(' ').append(spans.get(i).end());
        }
        return b.append('\t').append(text, spans.get(0).start(), Math.min(spans.get(0).end(), spans.get(0).start() + 40))
                .toString().replace('\n', ' ') + "\n";
    }
}

package org.onrecord.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A linear-chain CRF's weights and its Viterbi decoder. The weights are trained by Stanford CoreNLP's CRFClassifier
 * ({@code onrecord train attribution}) and exported to this plain format, so tagging needs neither the trainer nor
 * its per-document bookkeeping (which cost ~40 times the decoding itself):
 *
 * <pre>
 * onrecord-linear-chain 1
 * labels	O	B-SRC	...
 * background	O
 * node	FEATURE	w_label1 w_label2 ...          one weight per label
 * edge	FEATURE	w_prev1_cur1 w_prev1_cur2 ...  one weight per (previous, current) label pair, previous-major
 * </pre>
 *
 * A token's score for a label is the sum of its node features' weights; a transition's is the sum of the current
 * token's edge features' weights. Before the first token the previous label is the background label.
 */
final class LinearChain {
    static final String MAGIC = "onrecord-linear-chain 1";

    private final String[] labels;
    private final int background;
    private final Map<String, float[]> node;
    private final Map<String, float[]> edge;

    LinearChain(String[] labels, int background, Map<String, float[]> node, Map<String, float[]> edge) {
        this.labels = labels.clone();
        this.background = background;
        this.node = node;
        this.edge = edge;
    }

    String[] labels() {
        return labels.clone();
    }

    /** The best label sequence for tokens with these node and edge features. */
    String[] decode(List<String[]> nodeFeatures, List<String[]> edgeFeatures) {
        int n = nodeFeatures.size(), k = labels.length;
        if (n == 0) return new String[0];
        double[] score = new double[k], next = new double[k];
        int[][] back = new int[n][k];
        double[] emit = new double[k];
        double[] trans = new double[k * k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(emit, 0);
            for (String f : nodeFeatures.get(i)) {
                float[] w = node.get(f);
                if (w != null) for (int y = 0; y < k; y++) emit[y] += w[y];
            }
            java.util.Arrays.fill(trans, 0);
            for (String f : edgeFeatures.get(i)) {
                float[] w = edge.get(f);
                if (w != null) for (int p = 0; p < k * k; p++) trans[p] += w[p];
            }
            for (int y = 0; y < k; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    best = trans[background * k + y];
                    arg = background;
                } else {
                    for (int x = 0; x < k; x++) {
                        double s = score[x] + trans[x * k + y];
                        if (s > best) {
                            best = s;
                            arg = x;
                        }
                    }
                }
                next[y] = best + emit[y];
                back[i][y] = arg;
            }
            double[] t = score;
            score = next;
            next = t;
        }
        int y = 0;
        for (int x = 1; x < k; x++) if (score[x] > score[y]) y = x;
        String[] out = new String[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = labels[y];
            y = back[i][y];
        }
        return out;
    }

    static LinearChain read(InputStream gz) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
        if (!MAGIC.equals(r.readLine())) throw new IOException("not an " + MAGIC + " model");
        String[] labels = null;
        int background = 0;
        Map<String, float[]> node = new HashMap<>(), edge = new HashMap<>();
        for (String line; (line = r.readLine()) != null; ) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "labels" -> labels = java.util.Arrays.copyOfRange(f, 1, f.length);
                case "background" -> background = java.util.Arrays.asList(labels).indexOf(f[1]);
                case "node" -> node.put(f[1], floats(f[2]));
                case "edge" -> edge.put(f[1], floats(f[2]));
                default -> throw new IOException("unknown line in the model: " + f[0]);
            }
        }
        if (labels == null || background < 0) throw new IOException("the model names no labels or no background label");
        return new LinearChain(labels, background, node, edge);
    }

    private static float[] floats(String s) {
        String[] p = s.split(" ");
        float[] out = new float[p.length];
        for (int i = 0; i < p.length; i++) out[i] = Float.parseFloat(p[i]);
        return out;
    }
}

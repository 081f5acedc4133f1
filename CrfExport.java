package org.onrecord.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Exports a CoreNLP CRFClassifier (in its own text serialization, {@code serializeTextClassifier}) to the plain
 * linear-chain format Onrecord tags with ({@code org.onrecord.extract.LinearChain}): node and edge weights per
 * feature, features whose weights are all below {@code prune} in magnitude left out, weights rounded to 4 decimals.
 * Features are written in sorted order, so the same model always gives the same file.
 */
final class CrfExport {
    private CrfExport() {
    }

    record Stats(int features, int kept) {
    }

    static Stats export(Path crfText, Path out, double prune) throws IOException {
        List<String> classes = new ArrayList<>();
        List<int[]> edgeLabels = new ArrayList<>();
        List<String> features = new ArrayList<>();
        Map<String, String> node = new TreeMap<>(), edge = new TreeMap<>();
        String background = "O";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(crfText)),
                StandardCharsets.UTF_8))) {
            String line;
            int cliques = Integer.parseInt(value(r.readLine(), "labelIndices.length="));
            List<List<int[]>> labelIndices = new ArrayList<>();
            for (int c = 0; c < cliques; c++) {
                int n = Integer.parseInt(value(r.readLine(), "labelIndices[" + c + "].size()="));
                List<int[]> l = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    String[] p = r.readLine().split("\t")[1].split(" ");
                    int[] label = new int[p.length];
                    for (int k = 0; k < p.length; k++) label[k] = Integer.parseInt(p[k]);
                    l.add(label);
                }
                labelIndices.add(l);
            }
            edgeLabels = labelIndices.size() > 1 ? labelIndices.get(1) : List.of();
            int nc = Integer.parseInt(value(r.readLine(), "classIndex.size()="));
            for (int i = 0; i < nc; i++) classes.add(r.readLine().split("\t", 2)[1]);
            int nf = Integer.parseInt(value(r.readLine(), "featureIndex.size()="));
            for (int i = 0; i < nf; i++) features.add(r.readLine().split("\t", 2)[1]);
            while ((line = r.readLine()) != null && !line.startsWith("weights.length=")) {
                if (line.startsWith("backgroundSymbol=")) background = line.substring("backgroundSymbol=".length()).strip();
            }
            if (line == null) throw new IOException(crfText + ": no weights");
            int k = classes.size();
            for (int i = 0; i < nf; i++) {
                String[] p = r.readLine().split("\t")[1].split(" ");
                String name = features.get(i);
                if (name.endsWith(AttributionCrfFeatures.NODE)) {
                    float[] w = new float[k];
                    for (int j = 0; j < k; j++) w[j] = Float.parseFloat(p[j]);
                    if (max(w) >= prune) node.put(strip(name, AttributionCrfFeatures.NODE), join(w));
                } else if (name.endsWith(AttributionCrfFeatures.EDGE)) {
                    float[] w = new float[k * k];
                    for (int j = 0; j < p.length; j++) {
                        int[] pair = edgeLabels.get(j);
                        w[pair[0] * k + pair[1]] = Float.parseFloat(p[j]);
                    }
                    if (max(w) >= prune) edge.put(strip(name, AttributionCrfFeatures.EDGE), join(w));
                }
            }
        }
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
             PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8))) {
            w.print("onrecord-linear-chain 1\n");
            w.print("labels\t" + String.join("\t", classes) + "\n");
            w.print("background\t" + background + "\n");
            node.forEach((f, ws) -> w.print("node\t" + f + "\t" + ws + "\n"));
            edge.forEach((f, ws) -> w.print("edge\t" + f + "\t" + ws + "\n"));
        }
        return new Stats(features.size(), node.size() + edge.size());
    }

    private static String value(String line, String key) throws IOException {
        if (line == null || !line.startsWith(key)) throw new IOException("expected " + key + " in the CRF text model, found: " + line);
        return line.substring(key.length()).strip();
    }

    private static String strip(String s, String suffix) {
        return s.substring(0, s.length() - suffix.length());
    }

    private static double max(float[] w) {
        double m = 0;
        for (float x : w) m = Math.max(m, Math.abs(x));
        return m;
    }

    private static String join(float[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) b.append(' ');
            float x = Math.round(w[i] * 10000f) / 10000f;
            b.append(x == 0 ? "0" : String.format(Locale.ROOT, "%.4f", x).replaceAll("0+$", "").replaceAll("\\.$", ""));
        }
        return b.toString();
    }
}

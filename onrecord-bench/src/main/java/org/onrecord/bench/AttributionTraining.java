package org.onrecord.bench;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.onrecord.annotate.Annotate;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Token;
import org.onrecord.annotate.WordClasses;
import org.onrecord.extract.AttributionModel;
import org.onrecord.extract.CueLexicon;

/**
 * {@code onrecord train attribution}: trains the attribution tagger on PolNeAR train (the gold file of each
 * article as the scorer picks it) and writes the model and its cue lexicon. Deterministic: the same data and
 * settings give the same model (documents in file order; the gradient's two parts combined in order).
 */
public final class AttributionTraining {
    public record Result(Path model, Path lexicon, int articles, int tokens, double seconds) {
    }

    /** One article of a split: its annotated text and the gold labels of its tokens. */
    record Example(String name, Annotated annotated, String[] labels) {
    }

    private AttributionTraining() {
    }

    /**
     * Features whose weights all stay below this are left out of the exported model: at 0.02, 106,182 of 627,207
     * features stay (1.8 MB) and PolNeAR dev moves by 0.001 or less on every figure; at 0.05 (23,070) source exact F1
     * falls by 0.003 (decision 0017).
     */
    static final double PRUNE = 0.02;

    /** The CRF settings; overridable for experiments. */
    static Properties settings() {
        Properties p = new Properties();
        p.setProperty("featureFactory", AttributionCrfFeatures.class.getName());
        p.setProperty("maxLeft", "1");
        p.setProperty("useQN", "true");
        p.setProperty("QNsize", "15");
        p.setProperty("sigma", "1.0");
        p.setProperty("tolerance", "1e-4");
        // 110 iterations: ~12 minutes on two cores; the objective still falls by ~0.3% an iteration there
        p.setProperty("maxQNItr", "110");
        // a feature seen fewer than 3 times in 840 articles tells the model little and costs a weight per label
        p.setProperty("featureCountThreshold", "3");
        // two threads: CoreNLP combines their parts in order, so the model is the same on every run with this setting
        p.setProperty("multiThreadGrad", "2");
        p.setProperty("backgroundSymbol", "O");
        return p;
    }

    public static Result run(Path shared, Path outDir, Properties overrides, Consumer<String> log) throws IOException {
        long t0 = System.nanoTime();
        Path split = shared.resolve("bench/polnear/train");
        log.accept("reading " + split);
        List<Example> examples = examples(split, null);
        String limit = overrides == null ? null : (String) overrides.remove("trainLimit");
        if (limit != null) examples = examples.subList(0, Math.min(examples.size(), Integer.parseInt(limit)));
        CueLexicon lexicon = lexicon(examples);
        log.accept(examples.size() + " articles, " + lexicon.entries().size() + " cue word forms");
        List<List<CoreLabel>> docs = new ArrayList<>();
        int tokens = 0;
        for (Example e : examples) {
            docs.add(AttributionCrfFeatures.sequence(e.annotated().tokens(), AttributionModel.nodeFeatures(e.annotated(), lexicon),
                    e.labels()));
            tokens += e.labels().length;
        }
        Properties p = settings();
        if (overrides != null) p.putAll(overrides);
        CRFClassifier<CoreLabel> crf = new ZeroStartCrf(p);
        log.accept("training the CRF on " + tokens + " tokens");
        crf.train(docs, null);
        Files.createDirectories(outDir);
        Path text = Files.createTempFile("attribution-crf", ".txt.gz");
        Path model = outDir.resolve(AttributionModel.MODEL_FILE);
        crf.serializeTextClassifier(text.toString());
        // an hour of training is not thrown away when the export fails: the CoreNLP model stays where the message says
        CrfExport.Stats stats;
        try {
            stats = CrfExport.export(text, model, PRUNE);
        } catch (IOException | RuntimeException e) {
            throw new IOException("exporting the trained CRF failed; CoreNLP's text model is kept at " + text + ": " + e.getMessage(), e);
        }
        Files.deleteIfExists(text);
        log.accept("exported " + stats.kept() + " of " + stats.features() + " features to " + model);
        Path lex = outDir.resolve(AttributionModel.LEXICON_FILE);
        Files.writeString(lex, lexicon.write(), StandardCharsets.UTF_8);
        return new Result(model, lex, examples.size(), tokens, (System.nanoTime() - t0) / 1e9);
    }

    /** Every article of a split with gold labels (or only the named ones when {@code only} is set). */
    static List<Example> examples(Path split, java.util.Set<String> only) throws IOException {
        List<Example> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : PolnearScore.goldFiles(split).entrySet()) {
            if (only != null && !only.contains(e.getKey())) continue;
            String text = Files.readString(split.resolve("text").resolve(e.getKey() + ".txt"), StandardCharsets.UTF_8);
            Annotated a = Annotate.annotate(PolnearBench.asDocument(e.getKey(), text));
            out.add(new Example(e.getKey(), a, labels(a.tokens(), PolnearScore.parse(e.getValue(), text))));
        }
        return out;
    }

    /** BIO labels: a token takes the role of the gold span it overlaps; a new span or relation starts with B-. */
    static String[] labels(List<Token> tokens, List<PolnearScore.Relation> relations) {
        String[] role = new String[tokens.size()];
        int[] owner = new int[tokens.size()];
        java.util.Arrays.fill(owner, -1);
        for (int r = 0; r < relations.size(); r++) {
            PolnearScore.Relation rel = relations.get(r);
            mark(tokens, rel.source(), AttributionModel.SOURCE, r, role, owner);
            mark(tokens, rel.cue(), AttributionModel.CUE, r, role, owner);
            mark(tokens, rel.content(), AttributionModel.CONTENT, r, role, owner);
        }
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            if (role[i] == null) {
                out[i] = "O";
            } else {
                boolean continues = i > 0 && role[i].equals(role[i - 1]) && owner[i] == owner[i - 1];
                out[i] = (continues ? "I-" : "B-") + role[i];
            }
        }
        return out;
    }

    private static void mark(List<Token> tokens, List<int[]> spans, String role, int relation, String[] roles, int[] owner) {
        for (int[] s : spans) {
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.end() > s[0] && t.start() < s[1] && roles[i] == null && hasWordOrMark(t.text())) {
                    roles[i] = role;
                    owner[i] = relation;
                }
            }
        }
    }

    private static boolean hasWordOrMark(String t) {
        return !t.isBlank();
    }

    /**
     * Share of each word form's occurrences inside a gold cue, for forms seen at least three times; and the same
     * share per distributional word class (keys {@code @class}), for words the data saw too rarely.
     */
    static CueLexicon lexicon(List<Example> examples) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Example e : examples) {
            List<Token> tokens = e.annotated().tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String w = AttributionModel.normalise(tokens.get(i).text());
                boolean cue = e.labels()[i].endsWith(AttributionModel.CUE);
                for (String key : List.of(w, "@" + WordClasses.of(w))) {
                    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                    c[0]++;
                    if (cue) c[1]++;
                }
            }
        }
        Map<String, Double> share = new TreeMap<>();
        counts.forEach((w, c) -> {
            if (c[1] >= 1 && c[0] >= 3) share.put(w, (double) c[1] / c[0]);
        });
        return new CueLexicon(share);
    }

    /**
     * CoreNLP's CRF with every weight starting at zero. CoreNLP starts from uniform random weights in [0, 1): a
     * feature the data hardly constrains keeps a random weight per label after the iterations training can afford,
     * which adds noise to every score it takes part in and keeps the exported model from being pruned (every one of
     * 627,205 features kept a weight range over 0.5). The objective is convex: the start changes the path, not the
     * optimum.
     */
    private static final class ZeroStartCrf extends CRFClassifier<CoreLabel> {
        ZeroStartCrf(Properties p) {
            super(p);
        }

        @Override
        protected edu.stanford.nlp.ie.crf.CRFLogConditionalObjectiveFunction getObjectiveFunction(int[][][][] data, int[][] labels) {
            edu.stanford.nlp.ie.crf.CRFLogConditionalObjectiveFunction f = super.getObjectiveFunction(data, labels);
            try {
                // initial() draws rand.nextDouble() + 1e-6 per weight; a source of zeros makes it 1e-6 everywhere
                java.lang.reflect.Field rand = edu.stanford.nlp.ie.crf.CRFLogConditionalObjectiveFunction.class.getDeclaredField("rand");
                rand.setAccessible(true);
                rand.set(f, new java.util.Random(0) {
                    @Override
                    public double nextDouble() {
                        return 0;
                    }
                });
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("this CoreNLP version's CRF objective has no 'rand' field to start from zero", e);
            }
            return f;
        }
    }
}

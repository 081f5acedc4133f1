package org.onrecord.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Token;

/**
 * The learned attribution tagger: a linear-chain CRF trained on PolNeAR train by {@code onrecord train attribution}
 * (Stanford CoreNLP's CRFClassifier, exported to {@link LinearChain}'s plain format) that labels each token as part
 * of a source, a cue, a content or nothing (BIO); {@link AttributionSpans} turns the labels into relations.
 * The bundled model is loaded once per JVM.
 */
public final class AttributionModel {
    /** The roles of the tag set: B- and I- of each, and O. */
    public static final String SOURCE = "SRC", CUE = "CUE", CONTENT = "CNT", OUTSIDE = "O";

    /** File names of the model and its cue lexicon, in the resources and in a training output folder. */
    public static final String MODEL_FILE = "attribution-crf.txt.gz", LEXICON_FILE = "attribution-cues.tsv";
    private static final String RESOURCES = "/org/onrecord/extract/";

    private final LinearChain chain;
    private final CueLexicon lexicon;

    private AttributionModel(LinearChain chain, CueLexicon lexicon) {
        this.chain = chain;
        this.lexicon = lexicon;
    }

    private static final class Holder {
        static final AttributionModel MODEL = loadBundled();
    }

    /** The model shipped in the jar. */
    public static AttributionModel bundled() {
        return Holder.MODEL;
    }

    private static AttributionModel loadBundled() {
        try (InputStream crf = AttributionModel.class.getResourceAsStream(RESOURCES + MODEL_FILE);
             InputStream lex = AttributionModel.class.getResourceAsStream(RESOURCES + LEXICON_FILE)) {
            if (crf == null || lex == null) {
                throw new IllegalStateException("the attribution model is missing from the class path (" + RESOURCES + MODEL_FILE
                        + "); rebuild it with `onrecord train attribution`");
            }
            return new AttributionModel(LinearChain.read(crf), CueLexicon.read(lex));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the attribution model " + RESOURCES + MODEL_FILE, e);
        }
    }

    /** A model from a training output folder (the two files {@code onrecord train attribution} writes). */
    public static AttributionModel read(Path dir) throws IOException {
        try (InputStream crf = Files.newInputStream(dir.resolve(MODEL_FILE));
             InputStream lex = Files.newInputStream(dir.resolve(LEXICON_FILE))) {
            return new AttributionModel(LinearChain.read(crf), CueLexicon.read(lex));
        }
    }

    public CueLexicon lexicon() {
        return lexicon;
    }

    /** The label of every token of the document. */
    public String[] labels(Annotated a) {
        String[][] node = nodeFeatures(a, lexicon);
        List<String[]> edge = new ArrayList<>(node.length);
        for (String[] f : node) edge.add(edgeFeatures(f));
        return chain.decode(Arrays.asList(node), edge);
    }

    /** The relations of a document. */
    public List<Attribution> relations(Annotated a) {
        return assemble(a, labels(a));
    }

    /** Relations from token labels. */
    public static List<Attribution> assemble(Annotated a, String[] labels) {
        return AttributionSpans.relations(a, labels);
    }

    /** The node features of every token (the same at training and tagging time). */
    public static String[][] nodeFeatures(Annotated a, CueLexicon lexicon) {
        List<Token> tokens = a.tokens();
        if (tokens.isEmpty()) return new String[0][];
        return AttributionFeatures.of(a, Quotes.find(a.doc().body(), false), lexicon);
    }

    /** A token's transition features, derived from its node features: quotation state and punctuation. */
    public static String[] edgeFeatures(String[] node) {
        return AttributionFeatures.edge(node);
    }

    /** The word form the lexicon and the features use. */
    public static String normalise(String word) {
        return AttributionFeatures.normalise(word);
    }

    static List<int[]> runs(String[] labels, String role) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (!labels[i].endsWith(role)) continue;
            int j = i + 1;
            while (j < labels.length && labels[j].equals("I-" + role)) j++;
            out.add(new int[]{i, j});
            i = j - 1;
        }
        return out;
    }
}

package org.onrecord.bench;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.PaddedList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.onrecord.extract.AttributionModel;

/**
 * The CoreNLP CRF feature factory used to train the attribution tagger: node features are the ones
 * {@link AttributionModel#nodeFeatures} computes for the token, transition features the ones
 * {@link AttributionModel#edgeFeatures} derives from them. Only the trainer uses it; tagging reads the exported
 * weights ({@link CrfExport}).
 */
public final class AttributionCrfFeatures extends FeatureFactory<CoreLabel> {
    private static final long serialVersionUID = 1L;
    static final String NODE = "|C", EDGE = "|CpC";

    /** The precomputed node features of a token. */
    public static final class Features implements CoreAnnotation<String[]> {
        @Override
        public Class<String[]> getType() {
            return String[].class;
        }
    }

    @Override
    public Collection<String> getCliqueFeatures(PaddedList<CoreLabel> info, int position, Clique clique) {
        String[] f = info.get(position).get(Features.class);
        List<String> out = new ArrayList<>();
        if (f == null) return out;
        if (clique == cliqueC) {
            for (String s : f) out.add(s + NODE);
        } else if (clique == cliqueCpC) {
            for (String s : AttributionModel.edgeFeatures(f)) out.add(s + EDGE);
        }
        return out;
    }

    /** Tokens as the CRF reads them: the word, the node features, the gold label. */
    static List<CoreLabel> sequence(List<org.onrecord.annotate.Token> tokens, String[][] features, String[] gold) {
        List<CoreLabel> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel l = new CoreLabel();
            l.set(CoreAnnotations.TextAnnotation.class, tokens.get(i).text());
            l.set(Features.class, features[i]);
            l.set(CoreAnnotations.AnswerAnnotation.class, gold[i]);
            l.set(CoreAnnotations.GoldAnswerAnnotation.class, gold[i]);
            out.add(l);
        }
        return out;
    }
}

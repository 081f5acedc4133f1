package org.onrecord.annotate;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Map;

/**
 * Distributional word classes: 511 clusters of half a million English words by the contexts they occur in
 * (Clark's distributional similarity, as Stanford's NER models ship them), so that "lambasted" and "blasted", or
 * "denied" and "claimed", share a class. They let a model trained on a few hundred articles generalise to words it
 * never saw. The class table comes from CoreNLP's CoNLL NER model in the models jar (the same model named-entity
 * recognition uses), loaded once per JVM.
 */
public final class WordClasses {
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private WordClasses() {
    }

    private static final class Holder {
        static final CRFClassifier<CoreLabel> NER = load();
        static final Map<String, String> CLASSES = classes(NER);

        private static CRFClassifier<CoreLabel> load() {
            try {
                return CRFClassifier.getClassifier(NER_MODEL);
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot load CoreNLP's NER model " + NER_MODEL + " (is the models jar on the class path?)", e);
            }
        }

        /** CoreNLP keeps the table inside the model's feature factory and offers no accessor; read the field once. */
        @SuppressWarnings("unchecked")
        private static Map<String, String> classes(CRFClassifier<CoreLabel> ner) {
            try {
                Field f = NERFeatureFactory.class.getDeclaredField("lexicon");
                f.setAccessible(true);
                Map<String, String> m = (Map<String, String>) f.get(ner.featureFactories.get(0));
                if (m == null || m.isEmpty()) throw new IllegalStateException("the NER model " + NER_MODEL + " holds no word classes");
                return m;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("this CoreNLP version keeps no word classes where Onrecord reads them", e);
            }
        }
    }

    /** The CoNLL NER model (PERSON, ORGANIZATION, LOCATION, MISC), shared by everyone who needs it. */
    public static CRFClassifier<CoreLabel> ner() {
        return Holder.NER;
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) return true;
        }
        return false;
    }

    /** The word's class ("219" for "said"), or "0" for a word the table does not know. */
    public static String of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String key = hasDigit(w) ? WordShapeClassifier.wordShape(w, WordShapeClassifier.WORDSHAPEDIGITS) : w;
        String c = Holder.CLASSES.get(key);
        return c == null ? "0" : c;
    }
}

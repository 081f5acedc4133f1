package org.onrecord.analyse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's dependency parser (tokenize, ssplit, pos, lemma, depparse: Universal Dependencies, enhanced++),
 * loaded once per JVM on first use. It parses about a hundred sentences a second on one core, so only the
 * statements that end up in candidate pairs are parsed, and their claims are kept in the store.
 */
final class Parser {
    private Parser() {
    }

    private static final class Holder {
        static final StanfordCoreNLP NLP = load();

        private static StanfordCoreNLP load() {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
            p.setProperty("tokenize.language", "en");
            p.setProperty("depparse.extradependencies", "MAXIMAL");
            return new StanfordCoreNLP(p);
        }
    }

    /** The dependency graphs of a text's sentences. */
    static List<SemanticGraph> parse(String text) {
        Annotation a = new Annotation(text);
        Holder.NLP.annotate(a);
        List<SemanticGraph> out = new ArrayList<>();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.add(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        }
        return out;
    }
}

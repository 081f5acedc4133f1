package org.onrecord.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stanford CoreNLP's CRF named-entity tagger (the CoNLL 4-class model of the models jar: person, organisation,
 * location, misc), run on a short window around a name rather than on the whole document: tagging every token costs
 * about 30 ms for a PolNeAR article, tagging the few names a document's speakers need costs a fraction of that.
 * The classifier is loaded once per JVM; it is thread-safe for classification.
 */
final class NameTagger {
    enum Label { PERSON, ORGANIZATION, LOCATION, MISC, O }

    /** The model; {@code -Donrecord.ner=3class} selects english.all.3class for comparison (decision 0016). */
    static final String MODEL = "3class".equals(System.getProperty("onrecord.ner"))
            ? "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"
            : "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** Characters of context on each side of the name; the CRF's features look two or three words around. */
    private static final int CONTEXT = 30;

    private NameTagger() {
    }

    private static final class Holder {
        static final CRFClassifier<CoreLabel> CRF = load();

        private static CRFClassifier<CoreLabel> load() {
            try {
                return CRFClassifier.getClassifier(MODEL);
            } catch (Exception e) {
                throw new IllegalStateException("CoreNLP NER model " + MODEL + " could not be loaded", e);
            }
        }
    }

    /** Loads the model now (a server or a benchmark may want to pay for it before the first document). */
    static void warm() {
        Holder.CRF.hashCode();
    }

    /**
     * The label of the words {@code text[start, end)} in their context: the label most of their tokens carry
     * (ties go to the first token's), O when none carries one.
     */
    static Label label(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT), to = Math.min(text.length(), end + CONTEXT);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from++;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to--;
        if (from > start) from = start;
        if (to < end) to = end;
        String window = text.substring(from, to).replace('\n', ' ');
        List<CoreLabel> tokens = new PTBTokenizer<>(new StringReader(window), new CoreLabelTokenFactory(),
                "invertible=false,untokenizable=noneDelete").tokenize();
        if (tokens.isEmpty()) return Label.O;
        Holder.CRF.classify(tokens);
        Map<Label, Integer> votes = new HashMap<>();
        Label first = null;
        for (CoreLabel t : tokens) {
            int s = from + t.beginPosition(), e = from + t.endPosition();
            if (s < start || e > end) continue;
            Label l = parse(t.get(CoreAnnotations.AnswerAnnotation.class));
            if (first == null) first = l;
            if (l != Label.O) votes.merge(l, 1, Integer::sum);
        }
        if (votes.isEmpty()) return Label.O;
        Label f = first;
        return votes.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? (a.getKey() == f ? 1 : b.getKey() == f ? -1 : 0) : a.getValue() - b.getValue())
                .map(Map.Entry::getKey).orElse(Label.O);
    }

    private static Label parse(String answer) {
        if (answer == null) return Label.O;
        return switch (answer.replaceFirst("^[BI]-", "")) {
            case "PERSON", "PER" -> Label.PERSON;
            case "ORGANIZATION", "ORG" -> Label.ORGANIZATION;
            case "LOCATION", "LOC" -> Label.LOCATION;
            case "MISC" -> Label.MISC;
            default -> Label.O;
        };
    }
}

package org.onrecord.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.util.HashMap;
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

    /** The label of the words {@code text[start, end)} in their context: the label of most of their characters, else O. */
    static Label label(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT), to = Math.min(text.length(), end + CONTEXT);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from++;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) to--;
        if (from > start) from = start;
        if (to < end) to = end;
        String window = text.substring(from, to).replace('\n', ' ');
        // classifyToCharacterOffsets reads the text as the tagger was trained to (its own tokens and word shapes)
        Map<Label, Integer> covered = new HashMap<>();
        for (Triple<String, Integer, Integer> t : Holder.CRF.classifyToCharacterOffsets(window)) {
            int s = from + t.second(), e = from + t.third();
            int overlap = Math.min(e, end) - Math.max(s, start);
            if (overlap > 0) covered.merge(parse(t.first()), overlap, Integer::sum);
        }
        // most of the name's characters decide: "Justice Department spokesman" is not a person because of "Justice"
        return covered.entrySet().stream().filter(x -> 2 * x.getValue() >= end - start - 1)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Label.O);
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

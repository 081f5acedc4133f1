package org.onrecord.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import org.onrecord.annotate.WordClasses;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
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
    private static final int CONTEXT = 24;

    private NameTagger() {
    }

    private static final class Holder {
        // the default model is the one WordClasses already loaded: one copy in memory, one load
        static final CRFClassifier<CoreLabel> CRF = MODEL.equals(WordClasses.NER_MODEL) ? WordClasses.ner() : load();

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
    /** The label of the words {@code text[start, end)} in their context: the label of most of their characters, else O. */
    static Label label(String text, int start, int end) {
        return labels(text, List.of(new int[]{start, end})).get(0);
    }

    /**
     * The labels of several spans of one text, read in one pass: each span's window (the span and a few words around
     * it) is put on a line of its own.
     */
    static List<Label> labels(String text, List<int[]> spans) {
        if (spans.isEmpty()) return List.of();
        StringBuilder joined = new StringBuilder();
        int[] shift = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0], end = spans.get(i)[1];
            int from = Math.max(0, start - CONTEXT), to = Math.min(text.length(), end + CONTEXT);
            while (from < start && !Character.isWhitespace(text.charAt(from))) from++;
            while (to > end && !Character.isWhitespace(text.charAt(to - 1))) to--;
            shift[i] = joined.length() - from;
            joined.append(text, from, to).append(" .\n\n");
        }
        String all = joined.toString().replace('\u00a0', ' ');
        List<Triple<String, Integer, Integer>> found = Holder.CRF.classifyToCharacterOffsets(all);
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0] + shift[i], end = spans.get(i)[1] + shift[i];
            Map<Label, Integer> covered = new HashMap<>();
            for (Triple<String, Integer, Integer> t : found) {
                int overlap = Math.min(t.third(), end) - Math.max(t.second(), start);
                if (overlap > 0) covered.merge(parse(t.first()), overlap, Integer::sum);
            }
            // most of the name's characters decide: "Justice Department spokesman" is not a person because of "Justice"
            out.add(covered.entrySet().stream().filter(x -> 2 * x.getValue() >= end - start - 1)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Label.O));
        }
        return out;
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

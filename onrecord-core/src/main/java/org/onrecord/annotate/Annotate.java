package org.onrecord.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.onrecord.model.Deadline;
import org.onrecord.model.Document;

/**
 * The annotate stage: sentences from Stanford CoreNLP's tokenizer and sentence splitter, and time
 * expressions from {@link TimeTagger} normalised against the publication date. A pure function of one
 * document; the CoreNLP pipeline is built once per JVM and shared (it is thread-safe for annotate()).
 *
 * <p>The body goes to the tokenizer in bounded windows ({@link Windows}), so its cost stays linear in the input, and
 * the document's {@link Deadline} is checked between windows.
 *
 * <p>Only {@code tokenize,ssplit} runs on every document: part-of-speech tagging and NER cost 10-30 times
 * more and the statement rules do not need them (see docs/decisions/0004-nlp.md).
 */
public final class Annotate {
    private Annotate() {
    }

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = build();

        private static StanfordCoreNLP build() {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit");
            p.setProperty("tokenize.language", "en");
            p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
            p.setProperty("ssplit.newlineIsSentenceBreak", "two");
            return new StanfordCoreNLP(p);
        }
    }

    public static Annotated annotate(Document doc) {
        String body = doc.body();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int paragraph = 0;
        int lastEnd = 0;
        for (int[] w : Windows.of(body)) {
            Deadline.check();
            String window = body.substring(w[0], w[1]);
            if (window.isBlank()) continue;
            Annotation a = new Annotation(window);
            Holder.PIPELINE.annotate(a);
            for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
                int start = w[0] + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = w[0] + s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (body.substring(lastEnd, start).contains("\n")) paragraph++;
                for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                    int from = w[0] + t.beginPosition(), to = w[0] + t.endPosition();
                    tokens.add(new Token(body.substring(from, to), from, to, sentences.size()));
                }
                sentences.add(new Sentence(sentences.size(), start, end, paragraph));
                lastEnd = end;
            }
        }
        Deadline.check();
        return new Annotated(doc, sentences, tokens, TimeTagger.tag(body, doc.published()));
    }
}

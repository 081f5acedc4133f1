package org.onrecord.annotate;

import java.util.List;
import org.onrecord.model.Document;

/** A document with its sentences, tokens and time expressions (body offsets). */
public record Annotated(Document doc, List<Sentence> sentences, List<Token> tokens, List<TimeExpression> times) {
    public Annotated {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        times = List.copyOf(times);
    }

    /** The sentence holding a body offset (the last one for an offset at the very end), or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) return s;
        }
        return sentences.isEmpty() || offset < sentences.get(sentences.size() - 1).end() ? null : sentences.get(sentences.size() - 1);
    }
}

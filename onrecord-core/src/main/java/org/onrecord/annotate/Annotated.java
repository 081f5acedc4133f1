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
        // sentences are in text order: a binary search keeps a document of 100,000 sentences linear in its statements
        int lo = 0, hi = sentences.size() - 1, at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = Math.max(0, at - 1); i <= at + 1 && i < sentences.size(); i++) {
            if (i >= 0 && sentences.get(i).contains(offset)) return sentences.get(i);
        }
        return sentences.isEmpty() || offset < sentences.get(sentences.size() - 1).end() ? null : sentences.get(sentences.size() - 1);
    }
}

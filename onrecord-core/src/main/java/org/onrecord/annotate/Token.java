package org.onrecord.annotate;

/**
 * A token of a document body: its text as the tokenizer normalised it ("``" for an opening quotation mark is
 * not used: quotes keep their own character), offsets into the body (UTF-16, end exclusive) and the index of
 * its sentence.
 */
public record Token(String text, int start, int end, int sentence) {
}

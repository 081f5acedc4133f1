package org.onrecord.model;

/**
 * A finding about two statements (or a headline and a statement), with a reason a reader can check.
 *
 * @param type   contradiction, colleague_inconsistency, disputed, shift or headline_misquote
 * @param a      a statement id (the document id for headline_misquote)
 * @param b      a statement id, or null
 * @param reason one or two sentences naming both dates and outlets and quoting both sides
 * @param topic  the topic both statements belong to, or null
 */
public record Finding(String id, String type, String a, String b, String reason, String topic) {
}

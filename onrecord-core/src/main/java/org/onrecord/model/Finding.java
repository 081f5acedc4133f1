package org.onrecord.model;

import java.util.List;

/**
 * A finding about two statements (or a headline and a statement), with a reason a reader can check.
 *
 * @param type     contradiction, colleague_inconsistency, disputed, shift or headline_misquote
 * @param a        a statement id (the document id for headline_misquote)
 * @param b        a statement id, or null
 * @param reason   one or two sentences naming both dates and outlets and quoting both sides
 * @param topic    the topic both statements belong to, or null
 * @param evidence every statement id the finding rests on, {@code a} and {@code b} first (a dispute lists each
 *                 report of the claim); empty when only {@code a} and {@code b}
 */
public record Finding(String id, String type, String a, String b, String reason, String topic, List<String> evidence) {
    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Finding(String id, String type, String a, String b, String reason, String topic) {
        this(id, type, a, b, reason, topic, List.of());
    }
}

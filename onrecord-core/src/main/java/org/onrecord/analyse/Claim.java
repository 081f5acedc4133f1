package org.onrecord.analyse;

import java.util.List;

/**
 * What one clause of a statement asserts, read from its dependency parse: who (subject), does what
 * (predicate lemma; "be dead" for a copula), to what (object), with which polarity, modality and tense, with
 * which quantities, dates and time scopes, and on whose word (the statement's own attribution).
 *
 * @param subject      the subject's key: "country:IR" for a country or its people, "we" or "i" for the speaker's
 *                     side or the speaker, else the words of the noun phrase in lower case
 * @param predicate    the predicate's lemma ("sell", "be neutral")
 * @param object       the object's head lemma ("drone"), or null
 * @param objectWords  the object's words ("a limited number of drones"), or null
 * @param negated      true when the clause is denied (negation in the clause, "no"/"none" arguments, or a
 *                     denying verb around it: "rejected the allegations that ...")
 * @param modality     will, would, may, might, could, can, must, should; null for none
 * @param tense        past, present or future
 * @param quantities   numbers with what they count ("3 flight", "20 percent")
 * @param times        years and months the clause names ("2023", "2024-12")
 * @param scopes       time scopes relative to events ("before war", "after embargo", "since embargo")
 * @param participants entity keys of the other arguments ("country:SY")
 * @param conditional  true for a condition or hypothetical ("if ...", "would ... if"): no assertion
 * @param attributedTo who the statement itself says asserts it ("officials" in "officials say that ..."), or null
 * @param denial       "said" for a denial of having said it ("I never said ..."), "did" for a denial of having
 *                     done it, null otherwise
 */
public record Claim(String subject, String predicate, String object, String objectWords, boolean negated, String modality,
                    String tense, List<String> quantities, List<String> times, List<String> scopes, List<String> participants,
                    boolean conditional, String attributedTo, String denial) {
    public Claim {
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
        scopes = List.copyOf(scopes);
        participants = List.copyOf(participants);
    }

    /** The clause in words, for a finding's topic: "we sell shell (to country:KE)". */
    public String describe() {
        return subject + " " + predicate + (objectWords == null ? "" : " " + objectWords);
    }
}

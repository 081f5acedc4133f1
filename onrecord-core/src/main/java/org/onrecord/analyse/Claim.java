package org.onrecord.analyse;

import org.onrecord.model.Statement;

/**
 * What a statement asserts, normalised: who transfers what kind of thing to whom, whether it is asserted
 * or denied, over which time, and how surely.
 *
 * @param statement the statement the claim comes from
 * @param actor     country key of the giver ("iran"), or null when unknown
 * @param action    "supply" (give, sell, provide, deliver, ...) or "support" (help, assist, back)
 * @param object    the thing's class ("weapons") or null for support without an object
 * @param item      the word the text used ("drones", "missiles", "shells")
 * @param recipient country key of the receiver, {@link #ANY_PARTY} for "either side", or null
 * @param positive  true when the transfer is asserted, false when denied
 * @param scope     the time the claim covers
 * @param future    true when it speaks of what will (or was going to) happen
 * @param past      true when it speaks of what happened
 * @param topic     the topic both sides of a finding share, in words ("supply of weapons from Iran to Russia")
 */
public record Claim(Statement statement, String actor, String action, String object, String item, String recipient,
                    boolean positive, Scope scope, boolean future, boolean past, String topic) {
    public static final String ANY_PARTY = "*";

    /** The same claim with its topic in words ("supply of weapons from Iran to Russia"), states named by {@code countries}. */
    Claim named(Countries countries) {
        String t = (action.equals("supply") ? "supply of " + (object == null ? "arms" : object) : "support")
                + " from " + countries.name(actor) + " to " + countries.name(recipient == null ? ANY_PARTY : recipient);
        return new Claim(statement, actor, action, object, item, recipient, positive, scope, future, past, t);
    }

    /** Whether two claims are about the same transfer: same giver, overlapping receivers, compatible actions. */
    public boolean sameTopic(Claim o) {
        if (actor == null || !actor.equals(o.actor)) return false;
        boolean recipients = recipient != null && o.recipient != null
                && (recipient.equals(o.recipient) || recipient.equals(ANY_PARTY) || o.recipient.equals(ANY_PARTY));
        if (!recipients) return false;
        if (action.equals(o.action)) return object == null || o.object == null || object.equals(o.object);
        return true; // supply entails support
    }

    /** Whether the times two claims speak of overlap (tense and scope both). */
    public boolean overlaps(Claim o) {
        boolean tense = past && o.past || future && o.future;
        return tense && scope.overlaps(o.scope);
    }
}

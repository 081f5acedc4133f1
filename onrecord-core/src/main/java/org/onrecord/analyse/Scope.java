package org.onrecord.analyse;

/**
 * The stretch of time a claim covers, relative to a named event: all time, before the event, after it
 * (also "for use in the war", which can only happen once the war runs).
 *
 * @param kind  ALL, BEFORE or AFTER
 * @param event the event's key ("war", "embargo"), null for ALL
 */
public record Scope(Kind kind, String event) {
    public enum Kind { ALL, BEFORE, AFTER }

    public static final Scope ALL = new Scope(Kind.ALL, null);

    /** Two scopes overlap unless they are opposite sides of the same event; different events cannot be compared. */
    public boolean overlaps(Scope o) {
        if (kind == Kind.ALL || o.kind == Kind.ALL) return true;
        if (!event.equals(o.event)) return false;
        return kind == o.kind;
    }

    /** True when this scope is a part of {@code wider} but not all of it. */
    public boolean narrows(Scope wider) {
        return wider.kind == Kind.ALL && kind != Kind.ALL;
    }

    public String describe() {
        return switch (kind) {
            case ALL -> "at any time";
            case BEFORE -> "before the " + event;
            case AFTER -> "after the start of the " + event;
        };
    }
}

package org.onrecord.extract;

import java.util.List;

/**
 * Who a mention names: the document's fullest form of a name ("Hillary Clinton" for "Mrs. Clinton"), or for a body
 * without a name the words that describe it ("Democratic lawmakers"); its kind; and the roles the document gives it.
 */
public record Speaker(String name, Kind kind, List<String> roles) {
    public enum Kind {
        PERSON, ORGANISATION, GROUP;

        /** The lower-case label people.jsonl uses. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Speaker {
        roles = List.copyOf(roles);
    }
}

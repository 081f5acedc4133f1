package org.onrecord.model;

import java.util.List;

/**
 * A person, organisation or group one document names (as a speaker or not), with the roles it gives them and its
 * kind ({@link Person#PERSON}, {@link Person#ORGANISATION}, {@link Person#GROUP}): what the per-document stages hand
 * to the cross-document resolve stage, and what the store keeps per document. A kind missing from an older store
 * is taken as a person.
 */
public record NamedPerson(String name, List<String> roles, String kind) {
    public NamedPerson {
        roles = List.copyOf(roles);
        kind = kind == null ? Person.PERSON : kind;
    }
}

package org.onrecord.model;

import java.util.List;

/**
 * A person one document names (as a speaker or not), with the roles it gives them: what the per-document stages
 * hand to the cross-document resolve stage, and what the store keeps per document.
 */
public record NamedPerson(String name, List<String> roles) {
    public NamedPerson {
        roles = List.copyOf(roles);
    }
}

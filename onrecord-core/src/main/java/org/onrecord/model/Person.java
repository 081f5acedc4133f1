package org.onrecord.model;

import java.util.List;

/**
 * One person (or body) across documents: a canonical name, every surface form seen, roles from the text, and its
 * kind: {@code person}, {@code organisation} or {@code group} (people named together: "House Republicans").
 */
public record Person(String id, String name, List<String> aliases, List<String> roles, String kind) {
    public static final String PERSON = "person";
    public static final String ORGANISATION = "organisation";
    public static final String GROUP = "group";

    public Person {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        kind = kind == null ? PERSON : kind;
    }

    public Person(String id, String name, List<String> aliases, List<String> roles) {
        this(id, name, aliases, roles, PERSON);
    }
}

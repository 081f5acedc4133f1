package org.onrecord.model;

import java.util.List;

/** One person (or body) across documents: a canonical name, every surface form seen, and roles from the text. */
public record Person(String id, String name, List<String> aliases, List<String> roles) {
    public Person {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}

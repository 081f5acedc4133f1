package org.onrecord.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/** people.jsonl ranks who spoke by number of statements and marks those only mentioned. FICTIONAL names. */
class PeopleRowsTest {
    private static Statement said(String id, String speaker) {
        return new Statement(id, "d", "a.txt", Statement.Kind.INDIRECT, "the pier is safe", 0, 16, "source", 0, 16, speaker,
                speaker, "said", null, null, "x", null, null);
    }

    @Test
    void speakersComeFirstByStatementsThenThoseOnlyMentioned() {
        List<Person> people = List.of(new Person("p-1", "Ana Vale", List.of("Ana Vale"), List.of()),
                new Person("p-2", "Harbour Department", List.of("Harbour Department"), List.of(), Person.ORGANISATION),
                new Person("p-3", "Kurt Maren", List.of("Kurt Maren"), List.of()));
        List<Statement> st = List.of(said("d:1", "Kurt Maren"), said("d:2", "Ana Vale"), said("d:3", "Kurt Maren"), said("d:4", null));
        List<Map<String, Object>> rows = Rows.people(people, st);
        assertEquals(List.of("Kurt Maren", "Ana Vale", "Harbour Department"), rows.stream().map(r -> r.get("name")).toList());
        assertEquals(List.of(2, 1, 0), rows.stream().map(r -> r.get("statements")).toList());
        assertEquals(List.of(false, false, true), rows.stream().map(r -> r.get("mentioned_only")).toList());
        assertEquals(List.of("id", "name", "aliases", "roles", "kind", "statements", "mentioned_only"), List.copyOf(rows.get(0).keySet()));
    }
}

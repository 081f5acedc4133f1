package org.onrecord.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/** People across documents carry the kind the documents gave them (FICTIONAL names). */
class ResolveKindTest {
    private static Statement said(String id, String speaker) {
        return new Statement(id, "d", "a.txt", Statement.Kind.INDIRECT, "the pier is safe", 0, 16, "source", 0, 16, speaker,
                speaker, "said", null, null, "x", null, null);
    }

    @Test
    void kindsFollowTheDocumentsAndUnlistedDescriptionsAreGroups() {
        List<Resolve.Seen> seen = List.of(new Resolve.Seen("Harbour Department", List.of(), Person.ORGANISATION),
                new Resolve.Seen("Harbour Department", List.of(), Person.ORGANISATION),
                new Resolve.Seen("Jonas Feld", List.of("spokesman"), Person.PERSON),
                new Resolve.Seen("Dock Workers", List.of(), Person.GROUP));
        List<Statement> statements = List.of(said("d:1", "Feld"), said("d:2", "dock officials"), said("d:3", "Harbour Department"));
        Map<String, String> kinds = Resolve.resolve(statements, seen).people().stream()
                .collect(Collectors.toMap(Person::name, Person::kind));
        assertEquals(Map.of("Harbour Department", "organisation", "Jonas Feld", "person", "Dock Workers", "group",
                "dock officials", "group"), kinds);
    }
}

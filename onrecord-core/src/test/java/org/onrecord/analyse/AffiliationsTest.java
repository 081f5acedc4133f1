package org.onrecord.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Person;

/** Who belongs to which body, from roles written for this test (fictional people). */
class AffiliationsTest {
    @Test
    void rolesNameCountriesAndBodiesButNotOffices() {
        assertEquals(Set.of("body:valdoria"), Affiliations.of("Valdoria's foreign minister"));
        assertEquals(Set.of("country:IR"), Affiliations.of("Iran's Foreign Minister"));
        assertEquals(Set.of("body:republican"), Affiliations.of("a Republican senator"));
        assertEquals(Set.of("body:treasury"), Affiliations.of("spokesman for the Treasury"));
        assertEquals(Set.of(), Affiliations.of("the Foreign Minister"));
    }

    @Test
    void peopleOfOneBodyAreColleagues() {
        List<Person> people = List.of(new Person("p1", "Ilse Marrow", List.of("Ilse Marrow"), List.of("Valdorian Defence Minister")),
                new Person("p2", "Teodor Brannick", List.of("Teodor Brannick"), List.of("Valdorian Foreign Minister")),
                new Person("p3", "Anna Orsk", List.of("Anna Orsk"), List.of("Kestrian envoy")));
        Affiliations a = new Affiliations(people, List.of());
        assertEquals("body:valdorian", a.shared("Ilse Marrow", "Teodor Brannick"));
        assertNull(a.shared("Ilse Marrow", "Anna Orsk"));
        assertTrue(a.speaksFor("Teodor Brannick", "body:valdorian"));
        assertEquals("Valdorian", Affiliations.describe("body:valdorian"));
        assertEquals("Iran", Affiliations.describe("country:IR"));
    }

    @Test
    void aPersonsOwnNameIsNoBody() {
        List<Person> people = List.of(new Person("p1", "Teodor Brannick", List.of("Teodor Brannick", "Brannick"), List.of("Teodor Brannick")));
        assertEquals(Set.of(), new Affiliations(people, List.of()).keys("Teodor Brannick"));
    }
}

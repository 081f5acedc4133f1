package org.onrecord.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/** One person across spellings, titles and possessives; words of the language and kinds keep people apart. FICTIONAL names. */
class ResolveNamesTest {
    private static int n;

    private static Statement said(String speaker, String mention) {
        String id = "d:" + (n++);
        return new Statement(id, "d" + n, "a.txt", Statement.Kind.INDIRECT, "the pier is safe", 0, 16, "source", 0, 16, speaker,
                mention, "said", null, null, "x", null, null);
    }

    private static Person personNamed(Resolve.Result r, String alias) {
        return r.people().stream().filter(p -> p.aliases().contains(alias)).findFirst().orElseThrow(() -> new AssertionError(alias + " in " + r.people()));
    }

    @Test
    void aSurnameTitleOrPossessiveJoinsTheFullNameTheCorpusNamesMost() {
        List<Statement> st = new ArrayList<>();
        for (int i = 0; i < 6; i++) st.add(said("Donald Vantor", "Donald Vantor"));
        st.add(said("Hanna Vantor", "Hanna Vantor"));
        for (String form : List.of("Vantor", "Mr. Vantor", "President Vantor", "Donald J. Vantor", "Mr. Vantor’s", "President Donald Vantor")) st.add(said(form, form));
        st.add(said("Mrs. Vantor", "Mrs. Vantor"));
        Resolve.Result r = Resolve.resolve(st, List.of(new Resolve.Seen("Donald Vantor", List.of("president"), Person.PERSON),
                new Resolve.Seen("Hanna Vantor", List.of(), Person.PERSON)));
        Person donald = personNamed(r, "Mr. Vantor");
        assertEquals("Donald Vantor", donald.name());
        for (String form : List.of("Vantor", "President Vantor", "Donald J. Vantor", "Mr. Vantor’s", "President Donald Vantor")) {
            assertTrue(donald.aliases().contains(form), form + " in " + donald.aliases());
        }
        // the honorific's gender decides against the most named
        assertEquals("Hanna Vantor", personNamed(r, "Mrs. Vantor").name());
        Map<String, Long> bySpeaker = r.statements().stream().collect(Collectors.groupingBy(Statement::speaker, Collectors.counting()));
        assertEquals(12L, bySpeaker.get("Donald Vantor"));
    }

    @Test
    void aSurnameEndsAWordNotALongerWordOrInitials() {
        Resolve.Result r = Resolve.resolve(List.of(said("VELO", "VELO"), said("J. Avelo", "J. Avelo")),
                List.of(new Resolve.Seen("VELO", List.of(), Person.ORGANISATION), new Resolve.Seen("J. Avelo", List.of(), Person.PERSON)));
        assertEquals(2, r.people().size(), r.people().toString());
    }

    @Test
    void aWordOfTheLanguageIsNoMisspelledSurname() {
        Resolve.Result r = Resolve.resolve(List.of(said("Lena Doctor", "Lena Doctor"), said("Doctors", "Doctors"), said("Tom Stafferd", "Tom Stafferd"),
                said("Staffers", "Staffers"), said("Antonio Gutieres", "Antonio Gutieres"), said("Gutierres", "Gutierres")), List.of());
        assertFalse(personNamed(r, "Lena Doctor").aliases().contains("Doctors"));
        assertFalse(personNamed(r, "Tom Stafferd").aliases().contains("Staffers"));
        // a misspelling that is no word still joins
        assertTrue(personNamed(r, "Antonio Gutieres").aliases().contains("Gutierres"));
    }

    @Test
    void aMiddleNameWrittenOnceIsTheSamePerson() {
        Resolve.Result r = Resolve.resolve(List.of(said("Owen Dalby", "Owen Dalby"), said("Owen John Dalby", "Owen John Dalby")), List.of());
        assertEquals(1, r.people().size(), r.people().toString());
    }

    @Test
    void unlistedStatesAreOrganisationsAndNamesJoinedAreGroups() {
        Resolve.Result r = Resolve.resolve(List.of(said("Germany", "Germany"), said("Moscow and Tehran", "Moscow and Tehran")), List.of());
        Map<String, String> kinds = r.people().stream().collect(Collectors.toMap(Person::name, Person::kind));
        assertEquals(Map.of("Germany", Person.ORGANISATION, "Moscow and Tehran", Person.GROUP), kinds);
        // a group of two is neither of them alone
        Resolve.Result two = Resolve.resolve(List.of(said("Tova Brandt and Milo Thorne", "Brandt and Thorne"), said("Milo Thorne", "Milo Thorne"),
                said("Thorne", "Thorne")), List.of(new Resolve.Seen("Tova Brandt and Milo Thorne", List.of(), Person.GROUP)));
        assertEquals(2, two.people().size(), two.people().toString());
        assertEquals(Person.GROUP, personNamed(two, "Tova Brandt and Milo Thorne").kind());
        assertEquals("Milo Thorne", personNamed(two, "Thorne").name());
    }

    @Test
    void clausesAndOtherPeoplesWordsAreNoAliases() {
        Resolve.Result r = Resolve.resolve(List.of(said("Ilse Marek", "Foreign Minister Ilse Marek revealed on 24 October that Halden"),
                said("Ilse Marek", "the foreign minister"), said("Ilse Marek", "Ms. Marek’s supporters"), said("Ilse Marek", "who")), List.of());
        assertEquals(List.of("Ilse Marek", "the foreign minister"), personNamed(r, "Ilse Marek").aliases());
    }
}

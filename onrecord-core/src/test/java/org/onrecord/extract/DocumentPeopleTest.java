package org.onrecord.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onrecord.annotate.Annotate;
import org.onrecord.testing.Docs;

/** Who a mention names, on FICTIONAL articles written for these tests. */
class DocumentPeopleTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 7);

    private static DocumentPeople people(String body) {
        return DocumentPeople.of(Annotate.annotate(Docs.text(body, DAY)));
    }

    /** The speaker of the {@code nth} (from 0) occurrence of {@code words}, as whole words, in the body. */
    private static Speaker at(DocumentPeople p, String body, String words, int nth, String previous) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(words) + "(?!\\p{L})").matcher(body);
        for (int k = 0; k <= nth; k++) {
            if (!m.find()) throw new AssertionError("no " + (k + 1) + ". '" + words + "' in the test article");
        }
        return p.resolve(m.start(), m.end(), previous);
    }

    private static String name(Speaker s) {
        return s == null ? null : s.name();
    }

    @Test
    void titleAndSurnameFollowTheGenderTheTitleTells() {
        String body = "Hanna Roe, the harbour commissioner, spoke after her husband, the former mayor Piet Roe, left the hall.\n\n"
                + "Mrs. Roe said the port would reopen. Mr. Roe said nothing. Mrs. Roe added that ferries would wait.\n\n"
                + "Later Roe said the vote was close.";
        DocumentPeople p = people(body);
        assertEquals("Hanna Roe", name(at(p, body, "Mrs. Roe", 0, null)));
        assertEquals("Piet Roe", name(at(p, body, "Mr. Roe", 0, null)));
        // a surname alone: the one the document named more often so far
        assertEquals("Hanna Roe", name(at(p, body, "Roe", 5, null)));
    }

    @Test
    void pronounsAgreeInGenderWithTheirAntecedent() {
        String body = "Maria Alvarez met Peter Novak on Monday.\n\nShe said the bridge would open in June. He said it would not.";
        DocumentPeople p = people(body);
        assertEquals("Maria Alvarez", name(at(p, body, "She", 0, null)));
        assertEquals("Peter Novak", name(at(p, body, "He", 0, "Maria Alvarez")));
        assertEquals(Speaker.Kind.PERSON, at(p, body, "He", 0, null).kind());
    }

    @Test
    void aPersonIntroducedAfterThePreviousSpeakerTakesThePronoun() {
        String body = "“The fee is fair,” Mr. Peter Novak said.\n\n"
                + "Representative Tom Gale of Ohio, the senior member of the panel, also scolded the agency. “It misled us,” he said.";
        DocumentPeople p = people(body);
        assertEquals("Tom Gale", name(at(p, body, "he", 0, "Peter Novak")));
    }

    @Test
    void aPronounDoesNotStandForAPlace() {
        String body = "Officers from St. Louis County arrived before Sheriff Dan Moss.\n\n“We are ready,” he said.";
        DocumentPeople p = people(body);
        assertEquals("Dan Moss", name(at(p, body, "he", 0, null)));
    }

    @Test
    void aCountryThatActsSpeaksForItsGovernment() {
        String body = "The United States is pressing the port authority to reopen the canal. The U.S. said talks would go on.";
        DocumentPeople p = people(body);
        Speaker us = at(p, body, "The United States", 0, null);
        assertEquals("United States", name(us));
        assertEquals(Speaker.Kind.ORGANISATION, us.kind());
        assertEquals("United States", name(at(p, body, "The U.S.", 0, null)));
    }

    @Test
    void thePossessorIsNotTheSpeakerTheNameAfterItIs() {
        String body = "Mayor Ines Vidal opened the pier.\n\nMs. Vidal’s spokesman, Otto Brandt, said the pier was safe.";
        DocumentPeople p = people(body);
        assertEquals("Otto Brandt", name(at(p, body, "Ms. Vidal’s spokesman, Otto Brandt", 0, null)));
        assertEquals("Ines Vidal", name(at(p, body, "Ms. Vidal", 0, null)));
    }

    @Test
    void aCompoundOfficeIsNotItsLastWord() {
        String body = "President Alma Ruiz and Vice President Tomas Berg toured the dam.\n\n"
                + "Mr. Berg said the repairs were on time. The president said the budget would hold. The vice president nodded.";
        DocumentPeople p = people(body);
        assertEquals("Alma Ruiz", name(at(p, body, "The president", 0, "Tomas Berg")));
        assertEquals("Tomas Berg", name(at(p, body, "The vice president", 0, "Alma Ruiz")));
    }

    @Test
    void descriptionsStandForTheEntityNamedEarlierWithThatRoleOrType() {
        String body = "Senator Lena Ortiz and Governor Raul Pena met at the Coastline Company offices.\n\n"
                + "The senator said the deal was fair. The company said it had not been consulted.";
        DocumentPeople p = people(body);
        assertEquals("Lena Ortiz", name(at(p, body, "The senator", 0, null)));
        Speaker company = at(p, body, "The company", 0, null);
        assertEquals("Coastline Company", name(company));
        assertEquals(Speaker.Kind.ORGANISATION, company.kind());
    }

    @Test
    void anUnnamedSpokespersonSpeaksForTheirBodyANamedOneForThemselves() {
        String body = "A spokesman for the Harbour Department said the pier was safe. "
                + "Harbour Department spokesman Jonas Feld said the pier would reopen.";
        DocumentPeople p = people(body);
        Speaker body1 = at(p, body, "A spokesman for the Harbour Department", 0, null);
        assertEquals("Harbour Department", name(body1));
        assertEquals(Speaker.Kind.ORGANISATION, body1.kind());
        Speaker named = at(p, body, "Harbour Department spokesman Jonas Feld", 0, null);
        assertEquals("Jonas Feld", name(named));
        assertEquals(Speaker.Kind.PERSON, named.kind());
        assertTrue(named.roles().stream().anyMatch(r -> r.contains("spokesman")), named.roles().toString());
    }

    @Test
    void aDocumentSpeaksForItsIssuer() {
        String body = "The Elm Institute released a report on Monday.\n\nThe report said wages had stalled.";
        DocumentPeople p = people(body);
        assertEquals("Elm Institute", name(at(p, body, "The report", 0, null)));
    }

    @Test
    void roomsBuildingsAndSentenceWordsNameNoSpeaker() {
        String body = "Hosting Cabinet members, the mayor spoke in the Cabinet Room. The Rose Garden was closed and the Virgin Islands "
                + "delegation waited at Trump Tower.";
        DocumentPeople p = people(body);
        assertNull(at(p, body, "the Cabinet Room", 0, null));
        assertNull(at(p, body, "The Rose Garden", 0, null));
        assertNull(at(p, body, "Trump Tower", 0, null));
        List<String> names = p.people().stream().map(Speaker::name).toList();
        for (String notAPerson : List.of("Cabinet Room", "Rose Garden", "Virgin Islands", "Trump Tower", "Hosting Cabinet")) {
            assertFalse(names.contains(notAPerson), notAPerson + " in " + names);
        }
    }

    @Test
    void peopleCarryKindsAndRoles() {
        String body = "Attorney General Nadia Karim told the Justice Department to act. Republicans objected.\n\n"
                + "Karim said the Justice Department would.";
        List<Speaker> people = people(body).people();
        Speaker karim = people.stream().filter(s -> s.name().equals("Nadia Karim")).findFirst().orElseThrow();
        assertEquals(Speaker.Kind.PERSON, karim.kind());
        assertTrue(karim.roles().contains("Attorney General"), karim.roles().toString());
        Speaker department = people.stream().filter(s -> s.name().equals("Justice Department")).findFirst().orElseThrow();
        assertEquals(Speaker.Kind.ORGANISATION, department.kind());
        Speaker group = people.stream().filter(s -> s.name().equals("Republicans")).findFirst().orElseThrow();
        assertEquals(Speaker.Kind.GROUP, group.kind());
    }

    @Test
    void theTaggerReadsNamesNothingElseDecides() {
        String text = "Talia Brenner flew to Lisbon on Monday with officials of Norvex Holdings.";
        int t = text.indexOf("Talia Brenner"), l = text.indexOf("Lisbon");
        List<NameTagger.Label> labels = NameTagger.labels(text, List.of(new int[]{t, t + 13}, new int[]{l, l + 6}));
        assertEquals(List.of(NameTagger.Label.PERSON, NameTagger.Label.LOCATION), labels);
    }

    @Test
    void resourcesAnswerWithoutLists() {
        assertEquals(Gender.FEMALE, Gender.ofFirstName("Maria"));
        assertEquals(Gender.MALE, Gender.ofFirstName("Peter"));
        assertEquals(Gender.FEMALE, Gender.ofNoun("spokeswoman"));
        assertEquals(Gender.MALE, Gender.ofNoun("chairman"));
        assertEquals(Gender.UNKNOWN, Gender.ofNoun("senator"));
        assertEquals(Nouns.Kind.PERSON, Nouns.of("strategist").kind());
        assertEquals(Nouns.Kind.GROUP, Nouns.of("department").kind());
        assertEquals(Nouns.Kind.COMMUNICATION, Nouns.of("report").kind());
        assertTrue(Nouns.isPlace("room"));
        assertTrue(Roles.speaksFor("spokeswoman"));
        assertFalse(Roles.memberOf("minister"));
    }

    @Test
    void countriesAreWholeForms() {
        assertNotNull(Nationality.of("Austrian"));
        assertEquals(Nationality.of("Austria"), Nationality.of("Austrian"));
        assertFalse(Nationality.same(Nationality.of("Austria"), Nationality.of("Australia")));
        assertFalse(Nationality.same(Nationality.of("Niger"), Nationality.of("Nigeria")));
        assertFalse(Nationality.same(Nationality.of("Slovakia"), Nationality.of("Slovenia")));
        assertEquals(Nationality.of("United States"), Nationality.of("American"));
        assertEquals(List.of(Nationality.of("North Korea")), Nationality.in("the top North Korean diplomat"));
    }
}

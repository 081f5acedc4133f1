package org.onrecord.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The speaker-matching rule of {@code bench speakers}, on made-up names. */
class SpeakerMatchTest {
    @Test
    void sameNameAfterUnderscoresCaseAndPunctuation() {
        assertTrue(SpeakerMatch.same("Marta_Lindqvist", "Marta Lindqvist"));
        assertTrue(SpeakerMatch.same("marta_LINDQVIST", "Marta Lindqvist"));
        assertTrue(SpeakerMatch.same("Aurelio_Brandt-Osei", "Aurelio Brandt-Osei"));
        assertTrue(SpeakerMatch.same("Ines Núñez", "Ines Nunez"));
        assertTrue(SpeakerMatch.same("the Harbour Workers Union", "Harbour Workers Union"));
    }

    @Test
    void surnameOrFirstNameAloneCountsForTheFullName() {
        assertTrue(SpeakerMatch.same("Marta_Lindqvist", "Lindqvist"));
        assertTrue(SpeakerMatch.same("Marta_Lindqvist", "Marta"));
        assertTrue(SpeakerMatch.same("Lindqvist", "Marta Lindqvist"));
        assertTrue(SpeakerMatch.same("Aurelio_Brandt-Osei", "Brandt-Osei"));
        assertFalse(SpeakerMatch.same("Marta_Lindqvist", "Lind"));
        assertFalse(SpeakerMatch.same("Marta_Lindqvist", "Sven Lindqvist"), "another person of the same family");
        assertFalse(SpeakerMatch.same("Marta_Lindqvist", "Marta Olsen"));
    }

    @Test
    void middleNamesInitialsAndSuffixes() {
        assertTrue(SpeakerMatch.same("Paul T. Okafor Jr.", "Paul Okafor"));
        assertTrue(SpeakerMatch.same("Paul Okafor", "Paul Tobias Okafor"));
        assertTrue(SpeakerMatch.same("Paul T. Okafor Jr.", "Okafor"));
        assertFalse(SpeakerMatch.same("Paul Okafor Jr.", "Paul Okafor Sr."), "two different suffixes are two people");
    }

    @Test
    void organisationsByTheirTailOrInitials() {
        assertTrue(SpeakerMatch.same("Federal Ferry Authority", "the FFA"));
        assertTrue(SpeakerMatch.same("FFA", "Federal Ferry Authority"));
        assertTrue(SpeakerMatch.same("League of Harbour Pilots", "LHP"));
        assertTrue(SpeakerMatch.same("U.S. Transport Department", "Transport Department"));
        // the rule cannot tell a surname from an organisation's head noun: a lone "Department" counts
        assertTrue(SpeakerMatch.same("U.S. Transport Department", "Department"));
        assertFalse(SpeakerMatch.same("Federal Ferry Authority", "Harbour Workers Union"));
    }

    @Test
    void aCutLabelMatchesTheNameItBegins() {
        assertTrue(SpeakerMatch.same("Renata_Gonz", "Renata González"));
        assertTrue(SpeakerMatch.same("Renata_Gonz", "Renata Gonzalez"));
        assertFalse(SpeakerMatch.same("Al_Bo", "Al Bowen"), "too short to be a cut name");
    }

    @Test
    void groupsAndNothingAreNotNames() {
        assertFalse(SpeakerMatch.same("Coastal_lawmakers", "Marta Lindqvist"));
        assertFalse(SpeakerMatch.same("Coastal_lawmakers", "Coastal party"));
        assertTrue(SpeakerMatch.same("Coastal_lawmakers", "coastal lawmakers"));
        assertFalse(SpeakerMatch.same("Marta_Lindqvist", null));
        assertFalse(SpeakerMatch.same("Marta_Lindqvist", ""));
        assertFalse(SpeakerMatch.same("Marta_Lindqvist", "the"));
    }
}

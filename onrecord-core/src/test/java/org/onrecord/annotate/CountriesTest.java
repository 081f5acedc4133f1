package org.onrecord.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Countries by name, other name, capital and demonym; exact words only. */
class CountriesTest {
    @Test
    void namesDemonymsAndPossessivesNameTheirCountry() {
        assertEquals("NO", Countries.of("Norway").code());
        assertEquals("NO", Countries.of("Norwegians").code());
        assertEquals("IR", Countries.of("Iran's").code());
        assertEquals("US", Countries.of("the US").code());
        assertEquals("CL", Countries.of("Chile").code());
        assertEquals("BY", Countries.of("Belarus").code());
        assertEquals("EG", Countries.of("Egypt").code());
    }

    @Test
    void exactWordsOnly() {
        assertEquals("AT", Countries.of("Austria").code());
        assertEquals("AU", Countries.of("Australia").code());
        assertEquals("NE", Countries.of("Niger").code());
        assertEquals("NG", Countries.of("Nigeria").code());
        assertNull(Countries.of("Valdoria"));
        assertNull(Countries.of("Austri"));
    }

    @Test
    void findsEveryCountryAPhraseNames() {
        assertEquals("IR", Countries.in("the top Iranian diplomat").code());
        assertEquals(List.of("IR", "RU"), Countries.all("Iran and Russia denied it").stream().map(Countries.Country::code).toList());
        assertEquals(List.of(), Countries.all("The minister of Valdoria spoke."));
    }
}

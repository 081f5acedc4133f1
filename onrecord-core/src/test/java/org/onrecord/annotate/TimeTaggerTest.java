package org.onrecord.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {
    private static final LocalDate SAT = LocalDate.of(2022, 11, 5);

    private static String value(String text, LocalDate dct, String expression) {
        for (TimeExpression t : TimeTagger.tag(text, dct)) {
            if (text.substring(t.start(), t.end()).equals(expression)) return t.value();
        }
        throw new AssertionError("'" + expression + "' not tagged in: " + TimeTagger.tag(text, dct));
    }

    @Test
    void weekdayOfThePublicationDayIsThatDay() {
        assertEquals("2022-11-05", value("The minister said Saturday that talks failed.", SAT, "Saturday"));
        assertEquals("2022-10-31", value("He spoke on Monday.", SAT, "Monday"));
    }

    @Test
    void pastTenseBeatsAFutureWordElsewhereInTheSentence() {
        assertEquals("2022-11-04", value("She said Friday that she will resign.", SAT, "Friday"));
        assertEquals("2022-11-07", value("The summit will open on Monday.", SAT, "Monday"));
    }

    @Test
    void datesWithAndWithoutYears() {
        assertEquals("2022-10-24", value("He revealed on 24 October that he had called.", SAT, "24 October"));
        assertEquals("2022-08-19", value("Planes left on Aug. 19.", SAT, "Aug. 19"));
        assertEquals("2013-03-22", value("Published March 22, 2013.", SAT, "March 22, 2013"));
    }

    @Test
    void relativeWeeksMonthsYears() {
        assertEquals("2022-W43", value("They met last week.", SAT, "last week"));
        assertEquals("2022-10", value("Speaking last month, he warned Moscow.", SAT, "last month"));
        assertEquals("2021", value("Sales fell last year.", SAT, "last year"));
        assertEquals("2018", value("It closed four years ago.", SAT, "four years ago"));
    }

    @Test
    void durationsAndNotAges() {
        assertEquals("P2Y", value("The war lasted two years.", SAT, "two years"));
        List<TimeExpression> ages = TimeTagger.tag("A 22-year-old man and children ages 6 months and older.", SAT);
        assertTrue(ages.isEmpty(), ages.toString());
    }

    @Test
    void withoutPublicationDateRelativeValuesStayUnknown() {
        assertEquals("XXXX-WXX-1", value("He spoke on Monday.", null, "Monday"));
        assertEquals("XXXX-11", value("He spoke in November.", null, "November"));
    }

    @Test
    void mayIsAMonthOnlyWhereATimeWordLeadsIn() {
        assertTrue(TimeTagger.tag("May we come in?", SAT).isEmpty());
        assertEquals("2022-05", value("The book came out in May.", SAT, "May"));
    }
}

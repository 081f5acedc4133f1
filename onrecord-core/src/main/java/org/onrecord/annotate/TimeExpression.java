package org.onrecord.annotate;

/**
 * A time expression in a text, TimeML style.
 *
 * @param start offset in the text (UTF-16, inclusive)
 * @param end   offset (exclusive)
 * @param type  DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value ("2022-11-05", "2022-W42", "P2Y", "PRESENT_REF"); X marks unknown digits
 *              when the expression is relative and no reference date is known
 * @param mod   START, MID, END, APPROX, ... or null
 */
public record TimeExpression(int start, int end, String type, String value, String mod) {
    /** True when the value names a calendar day, week, month or year without unknown parts. */
    public boolean isCalendarValue() {
        return type.equals("DATE") && value != null && value.matches("\\d{4}(-\\d\\d(-\\d\\d)?|-W\\d\\d)?");
    }
}

package org.onrecord.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates written in metadata values, URLs and article heads. */
final class Dates {
    private Dates() {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|\\b)|/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)/");

    /** A date in a metadata value: ISO date or date-time first, then written-out dates. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeException ignored) {
            // not a full offset timestamp; try the looser forms below
        }
        return find(v);
    }

    /** The first date written anywhere in the text, or null. */
    static LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO.matcher(text);
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        if (m.find()) {
            best = of(m.group(1), m.group(2), m.group(3));
            bestAt = m.start();
        }
        m = MDY.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DMY.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = of(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    /** A date in a URL path ({@code /2022/11/05/}, {@code /2022-11-05-}, {@code /20221105/}), or null. */
    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            LocalDate d = m.group(1) != null ? of(m.group(1), m.group(2), m.group(3)) : of(m.group(4), m.group(5), m.group(6));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer n = MONTHS.get(k.length() > 4 ? k.substring(0, 3) : k);
        return n == null ? "0" : Integer.toString(n);
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}

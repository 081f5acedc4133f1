package org.onrecord.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days in metadata values, URLs and article heads. A timestamp gives the day it names at the offset it is written
 * in, never converted to another zone: "2019-11-18T19:00:00-05:00" is the 18th, as the outlet printed it.
 * Placeholder values (0001-01-01, 1970-01-01, 1900-01-01) and days after the crawl are no dates.
 */
final class Dates {
    private Dates() {
    }

    /** The days a publication date may fall on; placeholders a CMS writes for "no date" never do. */
    record Range(LocalDate earliest, LocalDate latest) {
        boolean contains(LocalDate d) {
            return d != null && !d.isBefore(earliest) && !d.isAfter(latest) && !isPlaceholder(d);
        }
    }

    /**
     * The widest range for a date a page states in its metadata (archives reach back a century and more); the
     * day after {@code today} is the latest, for outlets east of the crawler.
     */
    static Range metadataRange(LocalDate today) {
        return new Range(LocalDate.of(1800, 1, 1), today.plusDays(1));
    }

    /** Dates printed in a page's text: from 1995, when news went on the web; older ones there are events, not publication. */
    static Range textRange(LocalDate today) {
        return new Range(LocalDate.of(1995, 1, 1), today.plusDays(1));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The start of the Unix and Windows epochs and the year 1 or 1900 as a whole date: what a blank date field prints as. */
    static boolean isPlaceholder(LocalDate d) {
        return d.getYear() < 1000 || d.equals(LocalDate.of(1970, 1, 1)) || d.equals(LocalDate.of(1969, 12, 31))
                || d.equals(LocalDate.of(1900, 1, 1)) || d.equals(LocalDate.of(1899, 12, 30)) || d.equals(LocalDate.of(1601, 1, 1));
    }

    /**
     * A day stated in a metadata value, and when it is a timestamp, whether it is written in UTC and at what hour.
     *
     * @param hour the hour of day the value states, or -1
     */
    record Stamp(LocalDate day, boolean utc, int hour) {
        static Stamp of(LocalDate day) {
            return day == null ? null : new Stamp(day, false, -1);
        }
    }

    /** An ISO 8601 date or timestamp: the day, the hour and the offset as written. */
    private static final Pattern ISO_STAMP = Pattern.compile("^((?:1[89]|20)\\d\\d)-(\\d\\d)-(\\d\\d)"
            + "(?:[T ](\\d\\d):\\d\\d(?::\\d\\d(?:[.,]\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d\\d(?::?\\d\\d)?)?)?(?![\\d:-])");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:\\d{4,6})?$");

    /** A metadata value: ISO date or timestamp first, then a date written out ("Mon, 18 Nov 2019 19:00:00"), or null. */
    static Stamp stamp(String value, Range range, DateExpressions.Order order) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        Matcher m = ISO_STAMP.matcher(v);
        if (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (!range.contains(d)) return null;
            String zone = m.group(5);
            boolean utc = zone != null && (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")
                    || zone.replace(":", "").matches("[+-]00(00)?"));
            return new Stamp(d, utc, m.group(4) == null ? -1 : Integer.parseInt(m.group(4)));
        }
        m = COMPACT.matcher(v);
        if (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            return range.contains(d) ? Stamp.of(d) : null;
        }
        return Stamp.of(DateExpressions.first(v, order, false, range));
    }

    /** The day a metadata value states (see {@link #stamp}), or null. */
    static LocalDate parse(String value) {
        Stamp s = stamp(value, metadataRange(today()), DateExpressions.Order.DAY_FIRST);
        return s == null ? null : s.day();
    }

    /** The first whole date written in a text (see {@link DateExpressions}), or null. */
    static LocalDate find(String text) {
        return DateExpressions.first(text, DateExpressions.Order.DAY_FIRST, false, metadataRange(today()));
    }

    /** In a URL path: /2019/11/18/, /2019-11-18/, /2019/nov/18/, /2019/7/12/, _2019_11_18. */
    private static final Pattern URL_YMD = Pattern.compile("(?<![\\d])((?:19|20)\\d\\d)[/_-](\\d{1,2}|\\p{L}{3,12})[/_-](\\d{1,2})(?![\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** -20191115, /20191115/, 20030331_: eight digits standing alone, a year first. */
    private static final Pattern URL_COMPACT = Pattern.compile("(?<![\\d])((?:19|20)\\d\\d)(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])");
    /** /23-01-2022-title, ~02-01-2022-: day, month, year with one separator. */
    private static final Pattern URL_DMY = Pattern.compile("(?<![\\d])(\\d{1,2})([-._])(\\d{1,2})\\2((?:19|20)\\d\\d)(?![\\d])");

    /** A date in a URL's path, or null. The query and fragment are left out: they hold search ranges and session stamps. */
    static LocalDate fromUrl(String url, Range range) {
        if (url == null) return null;
        String path = url.replaceFirst("[?#].*$", "");
        Matcher m = URL_YMD.matcher(path);
        while (m.find()) {
            String month = m.group(2);
            LocalDate d = month.chars().allMatch(Character::isDigit) ? of(m.group(1), month, m.group(3))
                    : of(m.group(1), Integer.toString(MonthNames.month(month)), m.group(3));
            if (range.contains(d)) return d;
        }
        m = URL_COMPACT.matcher(path);
        while (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (range.contains(d)) return d;
        }
        m = URL_DMY.matcher(path);
        while (m.find()) {
            LocalDate d = of(m.group(4), m.group(3), m.group(1));
            if (d == null) d = of(m.group(4), m.group(1), m.group(3));
            if (range.contains(d)) return d;
        }
        return null;
    }

    static LocalDate fromUrl(String url) {
        return fromUrl(url, metadataRange(today()));
    }

    static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}

package org.onrecord.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar days written in text, as pages print them: "18 November 2019", "18. November 2019", "November 18th,
 * 2019", "jeudi 27 juin 2019", "13 de junio de 2019", "18.11.2019", "11/18/2019", "2019-11-18", "2019年11月18日".
 * Month names come from {@link MonthNames}. Only whole dates count (day, month and year): a month and a year
 * alone is not the day an article appeared.
 */
final class DateExpressions {
    /** How to read an all-numeric date with slashes or dashes: 18/11/2019 (most of the world) or 11/18/2019 (the US). */
    enum Order { DAY_FIRST, MONTH_FIRST }

    /** One date found in a text, and where. */
    record Found(LocalDate day, int start, int end) {
    }

    private static final String DAY = "(0?[1-9]|[12]\\d|3[01])";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    /** A word that may be a month name; {@link MonthNames} decides (a table look-up, faster than a regex of every name). */
    private static final String MONTH = "(\\p{L}{3,12})(?![\\p{L}])\\.?";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** 18 November 2019, 18. Nov. 2019, 1er juin 2019, 18th of November, 2019, 13 de junio de 2019. */
    private static final Pattern WRITTEN_DAY_FIRST = Pattern.compile("(?<![\\p{L}\\d])" + DAY
            + "(?:\\.|st|nd|rd|th|er|e|º|°)?\\s*(?:of\\s+|de\\s+)?" + MONTH + ",?\\s*(?:de\\s+)?" + YEAR + "(?!\\d)", CI);
    /** November 18, 2019, Nov. 18th 2019. */
    private static final Pattern WRITTEN_MONTH_FIRST = Pattern.compile("(?<![\\p{L}\\d])" + MONTH + "\\s*" + DAY
            + "(?:st|nd|rd|th)?(?!\\d)\\s*,?\\s*" + YEAR + "(?!\\d)", CI);
    /** 2019-11-18, 2019/11/18, 2019.11.18, with or without a time after it. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d.])" + YEAR + "([-/.])(0?[1-9]|1[0-2])\\2" + DAY + "(?![\\d])");
    /** 2019年11月18日 (Chinese, Japanese), 2019년 11월 18일 (Korean). */
    private static final Pattern EAST_ASIAN = Pattern.compile(YEAR + "\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    /** 18.11.2019, 18/11/2019, 11-18-2019: the separator the same twice. */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,/])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?" + YEAR + "(?![\\d])");
    /** 18.11.19 or 18/11/19: a two-digit year, read only where a short line is known to hold a date. */
    private static final Pattern NUMERIC_SHORT_YEAR = Pattern.compile("(?<![\\d.,/])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{2})(?![\\d.,/])");

    private DateExpressions() {
    }

    /** The first whole date in the text within the range, or null. */
    static LocalDate first(String text, Order order, boolean shortYears, Dates.Range range) {
        List<Found> all = all(text, order, shortYears, range);
        return all.isEmpty() ? null : all.get(0).day();
    }

    /** Every whole date in the text within the range, in the order they are written. */
    static List<Found> all(String text, Order order, boolean shortYears, Dates.Range range) {
        List<Found> out = new ArrayList<>();
        if (text == null || !hasYear(text)) return out;
        Matcher m = WRITTEN_DAY_FIRST.matcher(text);
        while (m.find()) add(out, range, m, m.group(3), MonthNames.month(m.group(2)), m.group(1));
        m = WRITTEN_MONTH_FIRST.matcher(text);
        while (m.find()) add(out, range, m, m.group(3), MonthNames.month(m.group(1)), m.group(2));
        m = YEAR_FIRST.matcher(text);
        while (m.find()) add(out, range, m, m.group(1), Integer.parseInt(m.group(3)), m.group(4));
        m = EAST_ASIAN.matcher(text);
        while (m.find()) add(out, range, m, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        m = NUMERIC.matcher(text);
        while (m.find()) numeric(out, range, m, m.group(4), m.group(2).equals(".") ? Order.DAY_FIRST : order);
        if (shortYears) {
            m = NUMERIC_SHORT_YEAR.matcher(text);
            while (m.find()) numeric(out, range, m, "20" + m.group(4), m.group(2).equals(".") ? Order.DAY_FIRST : order);
        }
        out.sort(Comparator.comparingInt(Found::start));
        // A later pattern can match inside an earlier one's text ("18.11.2019" in a longer string): keep the outer.
        List<Found> kept = new ArrayList<>();
        for (Found f : out) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) kept.add(f);
        }
        return kept;
    }

    /** Whether the text holds four digits or two after a separator: every date form needs one, and most text has none. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                if (++run >= 2) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** All-numeric day and month: read in the page's order, the other way round when that is no date. */
    private static void numeric(List<Found> out, Dates.Range range, Matcher m, String year, Order order) {
        int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
        int day = order == Order.DAY_FIRST ? a : b, month = order == Order.DAY_FIRST ? b : a;
        if (month > 12 && day <= 12) {
            int t = day;
            day = month;
            month = t;
        }
        add(out, range, m, year, month, Integer.toString(day));
    }

    private static void add(List<Found> out, Dates.Range range, Matcher m, String year, int month, String day) {
        if (month < 1) return;
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            if (range.contains(d)) out.add(new Found(d, m.start(), m.end()));
        } catch (DateTimeException | NumberFormatException e) {
            // 31 February and the like: not a date
        }
    }
}

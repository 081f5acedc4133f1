package org.onrecord.annotate;

import static org.onrecord.annotate.Lexicon.MONTH;
import static org.onrecord.annotate.Lexicon.NUMBER_WORD;
import static org.onrecord.annotate.Lexicon.UNIT;
import static org.onrecord.annotate.Lexicon.WEEKDAY;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.Deadline;

/**
 * Finds time expressions in news text and normalises them against the publication date, in the
 * manner of HeidelTime's news rules: a bare weekday or month means the nearest one in the direction of
 * the sentence's tense ("said Friday" in a Friday article is that Friday).
 *
 * <pre>{@code
 * List<TimeExpression> t = TimeTagger.tag("He said Saturday that ...", LocalDate.of(2022, 11, 5));
 * // [TimeExpression[start=8, end=16, type=DATE, value=2022-11-05, mod=null]]
 * }</pre>
 */
public final class TimeTagger {
    private interface Normaliser {
        TimeExpression make(Matcher m, LocalDate dct, boolean future);

        /** The text being tagged, for rules that look around their match. */
        default TimeExpression make(Matcher m, String text, LocalDate dct, boolean future) {
            return make(m, dct, future);
        }
    }

    /** A rule: a pattern, a test of the text around a match, and how to normalise the match. */
    private record Rule(Pattern pattern, java.util.function.BiPredicate<String, Matcher> context, Normaliser normaliser) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String MOD = "(?:(early|mid|middle of|late|the (?:end|beginning|start|middle) of|the first half of|the second half of)[- ]?)?";
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|would|'ll|shall|going to|plans? to|planned|expects? to|expected|scheduled|upcoming|due to|intends? to|to be held|next|aims? to)\\b", CI);
    private static final Pattern PAST_NEAR = Pattern.compile(
            "\\b(\\w+ed|said|told|met|made|was|were|had|took|gave|went|came|saw|began|left|spoke|wrote|held|found|sent"
                    + "|brought|became|seized|won|lost|ran|sold|bought|paid|kept|got|fell|rose|struck|hit|shot|put|set|cut)\\b"
                    + "(?:\\s+\\S+){0,5}\\s+(?:on|in|last)?\\s*$", CI);
    private static final List<Rule> RULES = new ArrayList<>();

    static {
        rule("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b", 0, (m, d, f) -> date(m, day(m.group(1), m.group(2), m.group(3))));
        // March 22, 2013 / Mar. 22 2013 / 22 March 2013 (with early/late)
        rule(MOD + "\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", CI,
                (m, d, f) -> date(m, day(m.group(4), Lexicon.month(m.group(2)), m.group(3))));
        rule("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + "),?\\s+((?:19|20)\\d\\d)\\b", CI,
                (m, d, f) -> date(m, day(m.group(3), Lexicon.month(m.group(2)), m.group(1))));
        // Month day without year: Aug. 19 / 24 October
        rule("\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})(?![:.]\\d)", CI,
                (m, d, f) -> monthDay(m, d, f, Lexicon.month(m.group(1)), m.group(2)));
        rule("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH + ")\\b(?!,?\\s*\\d{4})", CI,
                (m, d, f) -> monthDay(m, d, f, Lexicon.month(m.group(2)), m.group(1)));
        // Month Year / early 2011 / late last July / this month
        rule(MOD + "\\b(" + MONTH + "),?\\s+((?:19|20)\\d\\d)\\b", CI,
                (m, d, f) -> withMod(m, "DATE", m.group(3) + "-" + two(Lexicon.month(m.group(2))), m.group(1)));
        rule(MOD + "\\b(last|next|this|past|coming)?\\s*\\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?!\\s+\\d)", 0,
                TimeTagger::notModalMay, TimeTagger::month);
        rule(MOD + "\\b((?:19|20)\\d\\d)s?\\b(?!/\\d)(?!\\s*(?:percent|%|people|votes|children|troops|km|miles))", 0, TimeTagger::year);
        rule("(?<=\\b(19|20)\\d\\d[-–])(\\d\\d)\\b", 0, (m, d, f) -> new TimeExpression(m.start(), m.end(), "DATE", m.group(1) + m.group(2), null));
        rule("\\bthe\\s+(?:(19|20)(\\d)0s|'(\\d)0s)\\b", CI, (m, d, f) -> new TimeExpression(m.start(), m.end(), "DATE",
                m.group(1) != null ? m.group(1) + m.group(2) : "19" + m.group(3), null));
        rule("\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b", CI, (m, d, f) -> new TimeExpression(m.start(), m.end(), "DATE",
                two(Integer.parseInt(m.group(1)) - 1), null));
        // Weekdays, optionally with a part of the day
        rule("\\b(?:(last|next|this|on|coming)\\s+)?(" + WEEKDAY + ")(?:\\s+(morning|afternoon|evening|night))?\\b", CI, TimeTagger::weekday);
        rule("\\b(today|yesterday|tomorrow|tonight)(?:'s)?\\b(?:\\s+(morning|afternoon|evening|night))?", CI, TimeTagger::deictic);
        rule("\\b(this|last|yesterday|tomorrow)\\s+(morning|afternoon|evening|night)\\b", CI, TimeTagger::partOfDay);
        // N units ago / later
        rule("\\b(" + NUMBER_WORD + ")[- ](" + UNIT + ")s?\\s+(ago|earlier|before|later|from now)\\b", CI, TimeTagger::ago);
        // this/last/next week, month, year, ...; the past two years (duration)
        rule(MOD + "\\b(this|last|next|the past|the last|the next|the coming|the previous|the following|the current|the same|past)\\s+("
                + NUMBER_WORD + "\\s+)?(" + UNIT + "|summer|winter|spring|fall|autumn|season)s?\\b", CI, TimeTagger::relativeUnit);
        // Durations: two years, a decade, 90 days, four-week, several months, a few hours
        rule("\\b(?:(?:for|about|nearly|almost|more than|over|some|at least|up to|a mere)\\s+)?(" + NUMBER_WORD + ")[- ](" + UNIT + ")s?(?:'|-long)?\\b", CI,
                TimeTagger::notAge, TimeTagger::duration);
        rule("\\b(?:in\\s+)?recent\\s+(day|week|month|year|decade)s\\b", CI,
                (m, d, f) -> new TimeExpression(m.start(), m.end(), "DURATION", "PX" + Lexicon.unitCode(m.group(1)).replace("T", ""), null));
        rule("\\b(now|currently|at present|nowadays|these days|the present)\\b", CI,
                (m, d, f) -> new TimeExpression(m.start(), m.end(), "DATE", "PRESENT_REF", null));
        rule("\\b(the past|at the time)\\b(?!\\s+(?:" + NUMBER_WORD + "|" + UNIT + "))", CI,
                (m, d, f) -> new TimeExpression(m.start(), m.end(), "DATE", "PAST_REF", null));
        rule("\\b(the future)\\b", CI, (m, d, f) -> new TimeExpression(m.start(), m.end(), "DATE", "FUTURE_REF", null));
        rule("\\b(every|each)\\s+(day|week|month|year|morning|evening|night|season|summer|winter)\\b|\\b(annually|daily|weekly|monthly|yearly)\\b", CI,
                TimeTagger::set);
        rule("\\b(\\d{1,2})(?::(\\d\\d))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)", CI, TimeTagger::clock);
    }

    private TimeTagger() {
    }

    private static void rule(String regex, int flags, Normaliser n) {
        RULES.add(new Rule(Pattern.compile(regex, flags), (t, m) -> true, n));
    }

    private static void rule(String regex, int flags, java.util.function.BiPredicate<String, Matcher> context, Normaliser n) {
        RULES.add(new Rule(Pattern.compile(regex, flags), context, n));
    }

    private static final Pattern AGE_BEFORE = Pattern.compile("\\b(ages?|aged)\\s*$", CI);
    private static final Pattern AGE_AFTER = Pattern.compile("^(-old|\\s+old\\b|\\s+and older|\\s+of age|-year-old)", CI);

    /** Not an age ("ages 6 months and older", "a 22-year-old"): ages are not time expressions. */
    private static boolean notAge(String text, Matcher m) {
        return !AGE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()
                && !AGE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find();
    }

    /** Time expressions of {@code text}, in order and not overlapping; {@code dct} (the publication date) may be null. */
    public static List<TimeExpression> tag(String text, LocalDate dct) {
        List<TimeExpression> found = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(Deadline.guard(text));
            while (m.find()) {
                Deadline.check();
                if (m.end() == m.start()) continue;
                if (!r.context.test(text, m)) continue;
                TimeExpression t = r.normaliser.make(m, dct, isFuture(text, m.start()));
                if (t != null && t.end() > t.start()) found.add(trim(text, t));
            }
        }
        found.sort(Comparator.comparingInt(TimeExpression::start).thenComparing(t -> -(t.end() - t.start())));
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : found) {
            TimeExpression last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && t.start() < last.end()) {
                if (t.end() - t.start() > last.end() - last.start()) out.set(out.size() - 1, t);
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static TimeExpression trim(String text, TimeExpression t) {
        int s = t.start(), e = t.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new TimeExpression(s, e, t.type(), t.value(), t.mod());
    }

    /**
     * The tense that decides which way a bare weekday or month points: past when a past-tense verb stands
     * just before the expression ("said Friday", "agreed ... in October"), else future when the sentence
     * speaks of the future, else past (news mostly reports what happened).
     */
    private static boolean isFuture(String text, int at) {
        int s = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at)), 0);
        int e1 = text.indexOf(". ", at), e2 = text.indexOf('\n', at);
        int e = e1 < 0 ? e2 : e2 < 0 ? e1 : Math.min(e1, e2);
        String sentence = text.substring(s, e < 0 ? text.length() : e);
        String before = text.substring(Math.max(s, at - 40), at);
        if (PAST_NEAR.matcher(before).find()) {
            return false;
        }
        return FUTURE.matcher(sentence).find();
    }

    private static TimeExpression date(Matcher m, String value) {
        return value == null ? null : new TimeExpression(m.start(), m.end(), "DATE", value, null);
    }

    private static TimeExpression withMod(Matcher m, String type, String value, String mod) {
        return new TimeExpression(m.start(), m.end(), type, value, mod(mod));
    }

    private static String mod(String word) {
        if (word == null) return null;
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("early") || w.contains("beginning") || w.contains("start") || w.contains("first half")) return "START";
        if (w.startsWith("late") || w.contains("end") || w.contains("second half")) return "END";
        return "MID";
    }

    private static String day(String y, Object mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo.toString()), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static TimeExpression monthDay(Matcher m, LocalDate dct, boolean future, int month, String dayText) {
        int dd = Integer.parseInt(dayText);
        if (month == 0 || dd < 1 || dd > 31) return null;
        if (dct == null) return new TimeExpression(m.start(), m.end(), "DATE", "XXXX-" + two(month) + "-" + two(dd), null);
        LocalDate best = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            try {
                LocalDate c = LocalDate.of(y, month, dd);
                if (best == null || Math.abs(ChronoUnit.DAYS.between(dct, c)) < Math.abs(ChronoUnit.DAYS.between(dct, best))) best = c;
            } catch (RuntimeException ignored) {
                // 30 February and the like: not a date
            }
        }
        return best == null ? null : new TimeExpression(m.start(), m.end(), "DATE", best.toString(), null);
    }

    private static TimeExpression month(Matcher m, LocalDate dct, boolean future) {
        String word = m.group(3);
        int month = Lexicon.month(word);
        String rel = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
        if (dct == null) return withMod(m, "DATE", "XXXX-" + two(month), m.group(1));
        int y = dct.getYear();
        int cur = dct.getMonthValue();
        if ("last".equals(rel) || "past".equals(rel)) y = month < cur ? y : y - 1;
        else if ("next".equals(rel) || "coming".equals(rel)) y = month > cur ? y : y + 1;
        else if ("this".equals(rel)) y = dct.getYear();
        else if (future) y = month >= cur ? y : y + 1;
        else y = month <= cur ? y : y - 1;
        return withMod(m, "DATE", y + "-" + two(month), m.group(1));
    }

    private static final Pattern MONTH_CONTEXT = Pattern.compile("\\b(in|since|until|till|by|of|from|to|through|during|before|after|early|late|mid|last|next|this|each|every)\\s*$", CI);

    /** "May" is a month only after a word that takes a time ("in May", "last May"), not the modal verb. */
    private static boolean notModalMay(String text, Matcher m) {
        if (!m.group(3).equals("May") || m.group(1) != null || m.group(2) != null) return true;
        return MONTH_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
    }

    private static TimeExpression year(Matcher m, LocalDate dct, boolean future) {
        String y = m.group(2);
        int n = Integer.parseInt(y);
        if (n < 1900 || n > 2099) return null;
        if (m.group(0).endsWith("s")) return new TimeExpression(m.start(), m.end(), "DATE", y.substring(0, 3), null);
        return withMod(m, "DATE", y, m.group(1));
    }

    private static TimeExpression weekday(Matcher m, LocalDate dct, boolean future) {
        String rel = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        int wd = Lexicon.weekday(m.group(2));
        String part = m.group(3);
        int start = rel.equals("on") ? m.start(2) : m.start();
        String value;
        if (dct == null) {
            value = "XXXX-WXX-" + wd;
        } else {
            LocalDate d;
            int diff = wd - dct.getDayOfWeek().getValue();
            if (rel.equals("next") || rel.equals("coming") || (future && !rel.equals("last"))) {
                d = dct.plusDays(diff <= 0 ? diff + 7 : diff);
                if (rel.isEmpty() || rel.equals("on") || rel.equals("this")) d = dct.plusDays(diff < 0 ? diff + 7 : diff);
            } else if (rel.equals("last")) {
                d = dct.plusDays(diff >= 0 ? diff - 7 : diff);
            } else {
                d = dct.plusDays(diff > 0 ? diff - 7 : diff);
            }
            value = d.toString();
        }
        if (part != null) {
            return new TimeExpression(start, m.end(), "TIME", value + "T" + partCode(part), null);
        }
        return new TimeExpression(start, m.end(3) > 0 ? m.end(3) : m.end(2), "DATE", value, null);
    }

    private static String partCode(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    private static TimeExpression deictic(Matcher m, LocalDate dct, boolean future) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.equals("today") && dct == null) return new TimeExpression(m.start(), m.end(), "DATE", "PRESENT_REF", null);
        LocalDate d = dct == null ? null : switch (w) {
            case "yesterday" -> dct.minusDays(1);
            case "tomorrow" -> dct.plusDays(1);
            default -> dct;
        };
        String v = d == null ? "XXXX-XX-XX" : d.toString();
        if (w.equals("tonight")) return new TimeExpression(m.start(), m.end(), "TIME", v + "TNI", null);
        if (m.group(2) != null) return new TimeExpression(m.start(), m.end(), "TIME", v + "T" + partCode(m.group(2)), null);
        return new TimeExpression(m.start(), m.start() + m.group(1).length(), "DATE", v, null);
    }

    private static TimeExpression partOfDay(Matcher m, LocalDate dct, boolean future) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        LocalDate d = dct == null ? null : w.equals("yesterday") || (w.equals("last") && !m.group(2).equalsIgnoreCase("night") ) ? dct.minusDays(1)
                : w.equals("last") ? dct.minusDays(1) : w.equals("tomorrow") ? dct.plusDays(1) : dct;
        return new TimeExpression(m.start(), m.end(), "TIME", (d == null ? "XXXX-XX-XX" : d.toString()) + "T" + partCode(m.group(2)), null);
    }

    private static TimeExpression ago(Matcher m, LocalDate dct, boolean future) {
        int n = Lexicon.number(m.group(1));
        String unit = Lexicon.unitCode(m.group(2));
        if (!m.group(3).equalsIgnoreCase("ago")) {
            return new TimeExpression(m.start(), m.end(), "DURATION", durationValue(n, unit), null);
        }
        if (dct == null || n < 0) return new TimeExpression(m.start(), m.end(), "DATE", "PAST_REF", null);
        return new TimeExpression(m.start(), m.end(), "DATE", shifted(dct, unit, -n), null);
    }

    private static String shifted(LocalDate dct, String unit, int k) {
        return switch (unit) {
            case "D" -> dct.plusDays(k).toString();
            case "W" -> week(dct.plusWeeks(k));
            case "M" -> dct.plusMonths(k).toString().substring(0, 7);
            case "Q" -> dct.plusMonths(3L * k).getYear() + "-Q" + ((dct.plusMonths(3L * k).getMonthValue() - 1) / 3 + 1);
            case "DE" -> Integer.toString(dct.getYear() + 10 * k).substring(0, 3);
            case "CE" -> Integer.toString(dct.getYear() / 100 + k);
            case "TH", "TM", "TS" -> dct.toString();
            default -> Integer.toString(dct.getYear() + k);
        };
    }

    static String week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static TimeExpression relativeUnit(Matcher m, LocalDate dct, boolean future) {
        String rel = m.group(2).toLowerCase(Locale.ROOT);
        String count = m.group(3);
        String unitWord = m.group(4).toLowerCase(Locale.ROOT);
        boolean plural = m.group(0).toLowerCase(Locale.ROOT).endsWith("s") && !unitWord.endsWith("s");
        boolean span = rel.startsWith("the ") && (unitWord.startsWith("decade") || unitWord.startsWith("centur"));
        if (count != null || span || (plural && !unitWord.equals("season"))) {
            int n = count == null ? (span ? 1 : -1) : Lexicon.number(count);
            return new TimeExpression(m.start(), m.end(), "DURATION", durationValue(n, Lexicon.unitCode(unitWord)), null);
        }
        if (List.of("summer", "winter", "spring", "fall", "autumn", "season").contains(unitWord)) {
            if (unitWord.equals("season")) return new TimeExpression(m.start(), m.end(), "DATE", "PRESENT_REF", null);
            String code = switch (unitWord) { case "summer" -> "SU"; case "winter" -> "WI"; case "spring" -> "SP"; default -> "FA"; };
            int y = dct == null ? -1 : rel.contains("last") || rel.contains("past") || rel.contains("previous") ? dct.getYear() - 1
                    : rel.contains("next") || rel.contains("coming") || rel.contains("following") ? dct.getYear() + 1 : dct.getYear();
            return withMod(m, "DATE", (y < 0 ? "XXXX" : Integer.toString(y)) + "-" + code, m.group(1));
        }
        int k = rel.contains("last") || rel.contains("past") || rel.contains("previous") ? -1
                : rel.contains("next") || rel.contains("coming") || rel.contains("following") ? 1 : 0;
        String unit = Lexicon.unitCode(unitWord);
        if (unitWord.equals("weekend")) {
            return new TimeExpression(m.start(), m.end(), "DATE", dct == null ? "XXXX-WXX-WE" : week(dct.plusWeeks(k)) + "-WE", null);
        }
        if (dct == null) return withMod(m, "DATE", k < 0 ? "PAST_REF" : k > 0 ? "FUTURE_REF" : "PRESENT_REF", m.group(1));
        return withMod(m, "DATE", shifted(dct, unit, k), m.group(1));
    }

    private static TimeExpression duration(Matcher m, LocalDate dct, boolean future) {
        int n = Lexicon.number(m.group(1));
        String unitWord = m.group(2).toLowerCase(Locale.ROOT);
        if (unitWord.equals("weekend")) return null;
        String unit = Lexicon.unitCode(unitWord);
        String value = durationValue(n, unit);
        String lead = m.group(0).toLowerCase(Locale.ROOT);
        String mod = lead.startsWith("more than") || lead.startsWith("over") ? "MORE_THAN"
                : lead.startsWith("nearly") || lead.startsWith("almost") || lead.startsWith("up to") ? "LESS_THAN"
                : lead.startsWith("about") || lead.startsWith("some ") ? "APPROX" : null;
        int start = m.start();
        if (lead.startsWith("for ")) start += 4;
        return new TimeExpression(start, m.end(), "DURATION", value, mod);
    }

    /** A TIMEX3 duration: P2Y, PT3H, P10Y for a decade, PXM for "several months". */
    static String durationValue(int n, String unit) {
        if (unit.equals("DE")) return n < 0 ? "PXDE" : "P" + (10 * n) + "Y";
        if (unit.equals("CE")) return n < 0 ? "PXCE" : "P" + (100 * n) + "Y";
        if (unit.startsWith("T")) return "PT" + (n < 0 ? "X" : n) + unit.substring(1);
        return "P" + (n < 0 ? "X" : n) + unit;
    }

    private static TimeExpression set(Matcher m, LocalDate dct, boolean future) {
        String w = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        String v = switch (w) {
            case "day", "daily" -> "P1D";
            case "week", "weekly" -> "P1W";
            case "month", "monthly" -> "P1M";
            case "morning" -> "XXXX-XX-XXTMO";
            case "evening" -> "XXXX-XX-XXTEV";
            case "night" -> "XXXX-XX-XXTNI";
            case "season", "winter" -> "XXXX-WI";
            case "summer" -> "XXXX-SU";
            default -> "XXXX";
        };
        return new TimeExpression(m.start(), m.end(), "SET", v, null);
    }

    private static TimeExpression clock(Matcher m, LocalDate dct, boolean future) {
        int h = Integer.parseInt(m.group(1));
        if (h > 12) return null;
        boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
        int hh = pm && h < 12 ? h + 12 : !pm && h == 12 ? 0 : h;
        String v = (dct == null ? "XXXX-XX-XX" : dct.toString()) + "T" + two(hh) + (m.group(2) == null ? "" : ":" + m.group(2));
        return new TimeExpression(m.start(), m.end(), "TIME", v, null);
    }
}

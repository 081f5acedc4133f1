package org.onrecord.extract;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onrecord.annotate.Annotated;
import org.onrecord.annotate.Sentence;
import org.onrecord.annotate.TimeExpression;
import org.onrecord.annotate.Token;
import org.onrecord.model.Statement;

/**
 * When the words were spoken (decision 0018). In order:
 * <ol>
 * <li><b>stated</b>: a time expression of the statement's own reporting clause ("said Saturday", "reiterated on
 * Monday", "On Monday, the ambassador called ...", "Asked Tuesday about it, she said"), in the cue's sentence,
 * outside the quotation, the reported content and the speaker's own description;</li>
 * <li>none at all when the clause gives the words no occasion: the present perfect ("has long said", "have
 * repeatedly argued", "has been faulted for saying"), and the simple present of a bare plural or plural
 * pronoun ("economists say", "opponents warn", "they argue"), which reports a standing view;</li>
 * <li><b>occasion</b> (decided by {@link Extract}): the day the article gives for the speaker's occasion (an
 * earlier statement of the speaker's dated by its clause; the only day the article dates a speaker's statements
 * with), or the lead's one day (in the days up to publication) the article is an account of;</li>
 * <li><b>published</b>: the publication day, for words the article reports as news of its day.</li>
 * </ol>
 * Values keep the precision the text gives (day, week, month, year); relative expressions need a publication
 * date, and a day after publication is never one the words were said on.
 */
final class SaidOn {
    private SaidOn() {
    }

    /** A date and where it comes from ({@link Statement#STATED}, {@link Statement#OCCASION}, {@link Statement#PUBLISHED}). */
    record Dated(String value, String basis) {
        static final Dated NONE = new Dated(null, null);
    }

    /** The date the statement's own reporting clause gives, or null. */
    static String stated(Annotated a, Candidate c, List<Quote> quotes) {
        if (c.cue() == null) return null;
        Sentence cueSentence = a.sentenceAt(c.cue().start());
        int from = cueSentence == null ? c.frameStart() : Math.max(c.frameStart(), cueSentence.start());
        int to = cueSentence == null ? c.frameEnd() : Math.min(c.frameEnd(), cueSentence.end());
        LocalDate published = a.doc().published();
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : Extract.timesIn(a, from, to)) {
            String value = dayOrCoarser(t);
            if (value == null || Extract.insideQuote(quotes, t.start())) continue;
            if (published != null && start(value).isAfter(published)) continue;
            // in the speaker's description ("Jane Roe, who was the nominee in 2010,") it dates something else
            if (c.source() != null && t.start() >= c.source().start() && t.start() < c.source().end()
                    && a.doc().body().substring(c.source().start(), t.start()).contains(",")) continue;
            if (c.quotation() && t.start() < c.end() && t.end() > c.start()) continue;
            if (modifiesNoun(a, t, from)) continue;
            // a date inside the content belongs to the content, unless it directly follows the cue
            boolean inContent = !c.quotation() && t.start() >= c.start() && t.start() < c.end();
            boolean after = t.start() >= c.cue().end();
            int distance = after ? t.start() - c.cue().end() : c.cue().start() - t.end();
            if (inContent && (!after || distance > 3)) continue;
            // the reporting clause is what the content leaves: after a content that follows the cue, or before a
            // content that precedes it, a date is the content's
            if (c.start() >= c.cue().end() && t.start() >= c.end()) continue;
            if (c.end() <= c.cue().start() && t.end() <= c.start()) continue;
            // a date between the cue and a quoted fragment stands in the reported clause around the fragment
            if (after && c.kind() == Statement.Kind.PARTIAL && t.start() < c.start() && distance > 3) continue;
            // after the cue, the date must be in the cue's own phrase ("said at the harbour on Friday"), not past a
            // comma, a "that" or a quotation mark that opens another clause
            if (after && (distance > 40 || opensClause(a.doc().body().substring(c.cue().end(), t.start())))) continue;
            // before the cue, a date in a relative or subordinate clause dates what that clause tells ("Jane Roe, who
            // led the 2010 campaign, said", "the tests that were run in October, it noted")
            if (!after && subordinate(a.doc().body().substring(from, t.start()))) continue;
            // before the cue, a possessive names an event, not the day of the words ("pointing to Tuesday's vote, he said")
            if (!after && a.doc().body().startsWith("'s", t.end()) || !after && a.doc().body().startsWith("’s", t.end())) continue;
            // "this year", "this month": the frame of the news, not the day of the words
            if (published != null && value.length() < 8 && !value.contains("W") && !start(value).isAfter(published)
                    && !end(value).isBefore(published)) continue;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = t;
            }
        }
        return best == null ? null : dayOrCoarser(best);
    }

    /**
     * A date that is part of a noun phrase, not an adverbial of the clause: after a determiner ("the July 25 call",
     * "the 2016 elections", "a 2019 report"), or a capitalised "Today" inside a sentence (a programme's name).
     */
    private static boolean modifiesNoun(Annotated a, TimeExpression t, int sentenceStart) {
        String text = a.doc().body().substring(t.start(), t.end());
        if (t.start() > sentenceStart && text.equals("Today")) return true;
        List<Token> before = tokens(a, sentenceStart, t.start());
        if (before.isEmpty()) return false;
        String w = lower(before.get(before.size() - 1));
        return DETERMINER.contains(w) && !text.toLowerCase(Locale.ROOT).startsWith(w);
    }

    /** A calendar value, a time of day cut to its day ("2024-03-11TNI" is that evening); null for anything else. */
    static String dayOrCoarser(TimeExpression t) {
        String v = t.value();
        if (v == null) return null;
        String out = t.isCalendarValue() ? v
                : t.type().equals("TIME") && v.matches("\\d{4}-\\d\\d-\\d\\dT.*") ? v.substring(0, 10) : null;
        if (out == null) return null;
        try {
            start(out);
            return out;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null; // "2023-02-30", "2021-W53": no such day or week
        }
    }

    private static boolean subordinate(String before) {
        String b = " " + before.toLowerCase(Locale.ROOT).replace(',', ' ') + " ";
        for (String w : List.of(" who ", " which ", " whose ", " whom ", " that ", " where ", " when ", " while ", " because ")) {
            if (b.contains(w)) return true;
        }
        return false;
    }

    private static boolean opensClause(String between) {
        String b = " " + between.toLowerCase(Locale.ROOT) + " ";
        return b.contains(",") || b.contains(";") || b.contains(" that ") || b.contains("\"") || b.contains("“")
                || b.contains("”") || b.contains(" and ") || b.contains(" but ");
    }

    /** The last day of a month or year value. */
    static LocalDate end(String value) {
        LocalDate s = start(value);
        return value.length() == 7 ? s.plusMonths(1).minusDays(1) : value.length() == 4 ? s.plusYears(1).minusDays(1) : s;
    }

    /** The first day of a calendar value. */
    static LocalDate start(String value) {
        if (value.length() == 10) return LocalDate.parse(value);
        if (value.length() == 7) return LocalDate.parse(value + "-01");
        if (value.contains("W")) {
            int year = Integer.parseInt(value.substring(0, 4)), week = Integer.parseInt(value.substring(6));
            LocalDate jan4 = LocalDate.of(year, 1, 4);
            IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).checkValidValue(week, IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1);
    }

    /**
     * Whether the reporting clause gives the words no occasion: a present perfect cue ("has said", "have long
     * argued", a participle hanging on one: "has defended it, claiming"), or the simple present of a bare plural or
     * a plural pronoun ("analysts say", "they insist").
     */
    static boolean noOccasion(Annotated a, Candidate c) {
        if (c.cue() == null) return false;
        Sentence s = a.sentenceAt(c.cue().start());
        int sentenceStart = s == null ? c.frameStart() : s.start();
        List<Token> before = new ArrayList<>(), cue = new ArrayList<>();
        for (Token t : tokens(a, sentenceStart, c.cue().end())) {
            if (t.start() >= c.cue().start()) cue.add(t);
            else if (t.end() <= c.cue().start()) before.add(t);
        }
        if (cue.isEmpty()) return false;
        String first = lower(cue.get(0));
        if (perfectIn(cue)) return true;
        int i = before.size() - 1;
        while (i >= 0 && isAdverb(before.get(i))) i--;
        String left = i >= 0 ? lower(before.get(i)) : "";
        if (HAVE.contains(left)) return true;
        if (first.endsWith("ing") && !BE.contains(left)) {
            // a participle takes the aspect of the clause it hangs on
            return perfectIn(before);
        }
        if (!presentSimple(first) || MODAL.contains(left) || BE.contains(left)) return false;
        return c.source() != null && pluralSubject(a, c);
    }

    /** "has said", "have repeatedly argued": a form of have, adverbs, then an inflected verb. */
    private static boolean perfectIn(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!HAVE.contains(lower(tokens.get(i)))) continue;
            int j = i + 1;
            while (j < tokens.size() && isAdverb(tokens.get(j))) j++;
            if (j < tokens.size() && Nouns.isInflectedVerb(lower(tokens.get(j)))) return true;
        }
        return false;
    }

    /** A verb in the simple present: the base form ("say") or the third person ("says"), not a past form. */
    private static boolean presentSimple(String w) {
        if (Nouns.isBaseVerb(w)) return true;
        return w.endsWith("s") && !w.endsWith("ss") && Nouns.isThirdPerson(w);
    }

    /** A source that is a bare plural ("economists", "farmers") or a plural pronoun ("they"). */
    private static boolean pluralSubject(Annotated a, Candidate c) {
        List<Token> src = tokens(a, c.source().start(), c.source().end());
        if (src.isEmpty()) return false;
        String first = lower(src.get(0)), last = lower(src.get(src.size() - 1));
        if (src.size() == 1 && PLURAL_PRONOUN.contains(first)) return true;
        if (DETERMINER.contains(first)) return false;
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("'s") && !last.endsWith("’s");
    }

    private static boolean isAdverb(Token t) {
        String w = lower(t);
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && !HAVE.contains(w) && !BE.contains(w) && !MODAL.contains(w)
                && (w.endsWith("ly") || Nouns.isAdverb(w)) && !Nouns.isInflectedVerb(w);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The tokens inside {@code from..to}, by binary search for the first. */
    static List<Token> tokens(Annotated a, int from, int to) {
        List<Token> all = a.tokens();
        int lo = 0, hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < from) lo = mid + 1;
            else hi = mid;
        }
        List<Token> out = new ArrayList<>();
        for (int i = lo; i < all.size() && all.get(i).end() <= to; i++) out.add(all.get(i));
        return out;
    }

    /**
     * The one day the article's lead (its first sentence that ends like one) gives, in the three days up to the
     * publication day: the day of the occasion the article gives an account of ("testified Tuesday before the
     * committee", "during Wednesday's hearing"). Null when the lead gives none, several, or an older day.
     */
    static String leadDay(Annotated a, List<Quote> quotes) {
        LocalDate published = a.doc().published();
        if (published == null) return null;
        String body = a.doc().body();
        for (Sentence s : a.sentences()) {
            String text = body.substring(s.start(), s.end()).strip();
            if (text.isEmpty() || ".!?\"”’".indexOf(text.charAt(text.length() - 1)) < 0 || text.split("\\s+").length < 8) continue;
            Set<String> days = new LinkedHashSet<>();
            for (TimeExpression t : Extract.timesIn(a, s.start(), s.end())) {
                String v = dayOrCoarser(t);
                if (v == null || v.length() != 10 || Extract.insideQuote(quotes, t.start())) continue;
                days.add(v);
            }
            if (days.size() != 1) return null;
            LocalDate d = LocalDate.parse(days.iterator().next());
            return d.isAfter(published) || d.isBefore(published.minusDays(3)) ? null : d.toString();
        }
        return null;
    }

    private static final Set<String> HAVE = Set.of("has", "have", "'ve", "having");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'re", "'s");
    private static final Set<String> MODAL = Set.of("will", "would", "can", "could", "may", "might", "shall", "should", "must",
            "to", "did", "does", "do", "n't", "not", "'ll", "'d");
    private static final Set<String> DETERMINER = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
            "their", "our", "my", "your", "one", "each", "every", "no");
    private static final Set<String> PLURAL_PRONOUN = Set.of("they", "we", "many", "others", "some", "both", "most", "few");
}

package org.onrecord.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.SourceMap;

/**
 * Cleans a plain-text crawl dump: finds the title, deck, byline and dateline at its head, drops
 * boilerplate lines and link lists, trims licence footers off the last paragraph, and keeps a map
 * from body offsets back to the source text.
 */
final class TextCleaner {
    private static final Pattern BYLINE = Pattern.compile("^by\\s+\\S.{0,100}$", Pattern.CASE_INSENSITIVE);
    /** A crawl's date stamp at the start of the text: "date 2022-12-02", "Published: 5 Nov 2022". */
    private static final Pattern DATE_STAMP = Pattern.compile(
            "^(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?)\\s*:?\\s*"
                    + "((?:19|20)\\d\\d-\\d\\d-\\d\\d(?:[T ][0-9:.]+Z?)?|\\d{1,2}\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})\\s*[-–—|:]?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A wire-style dateline opening the first paragraph: "TEHRAN –", "WASHINGTON (Reuters) -". */
    private static final Pattern DATELINE = Pattern.compile("^([A-Z][A-Z .'-]{1,40}(?:,\\s*[A-Z][\\w .]{1,30})?(?:\\s*\\([^)]{1,30}\\))?)\\s*[-–—]\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)[\\s\u00a0]+(?=[\"“‘(]?[A-Z])");

    private record Line(int start, int end, boolean afterBlank) {
    }

    private TextCleaner() {
    }

    /** The wire-style dateline opening a body's first paragraph ("TEHRAN –"), or null. */
    static String dateline(String body) {
        Matcher d = DATELINE.matcher(body.strip());
        return d.find() ? d.group(1).strip() : null;
    }

    static Cleaned clean(String text) {
        List<Line> lines = lines(text);
        String title = null, deck = null, byline = null, dateline = null;
        LocalDate published = null;
        int first = 0;
        if (lines.size() > 1 && isTitle(slice(text, lines.get(0)))) {
            title = slice(text, lines.get(0));
            first = 1;
            Line next = lines.get(1);
            if (!next.afterBlank && lines.size() > 2 && isDeck(slice(text, next))) {
                deck = slice(text, next);
                first = 2;
            }
        }
        List<Line> kept = new ArrayList<>();
        boolean inList = false;
        for (int i = first; i < lines.size(); i++) {
            Line line = lines.get(i);
            String s = slice(text, line);
            if (line.afterBlank) {
                inList = false;
            }
            if (inList) {
                continue;
            }
            if (i < first + 4 && byline == null && BYLINE.matcher(s).matches()) {
                byline = s;
                published = published != null ? published : Dates.find(s);
                continue;
            }
            if (Boilerplate.isListHeading(s)) {
                inList = true;
                continue;
            }
            if (Boilerplate.isBoilerplateLine(s)) {
                continue;
            }
            if (kept.isEmpty()) {
                Matcher m = DATE_STAMP.matcher(s);
                if (m.find() && m.end() < s.length()) {
                    published = published != null ? published : Dates.parse(m.group(1));
                    line = new Line(line.start + m.end(), line.end, line.afterBlank);
                    s = slice(text, line);
                }
                Matcher d = DATELINE.matcher(s);
                if (d.find()) {
                    dateline = d.group(1).strip();
                }
            }
            kept.add(line);
        }
        if (!kept.isEmpty()) {
            Line last = kept.remove(kept.size() - 1);
            Line trimmed = trimTrailingBoilerplate(text, last);
            if (trimmed != null) {
                kept.add(trimmed);
            }
        }
        if (published == null && byline == null) {
            published = dateNearHead(text, lines);
        }
        StringBuilder body = new StringBuilder();
        List<SourceMap.Segment> segments = new ArrayList<>();
        for (Line l : kept) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            segments.add(new SourceMap.Segment(body.length(), l.start, l.end - l.start));
            body.append(text, l.start, l.end);
        }
        return new Cleaned(title, deck, byline, dateline, body.toString(), new SourceMap(segments),
                Boilerplate.outletFromFooter(text), published, null);
    }

    /** Drops licence footers and prompts from the end of the last paragraph (single-line dumps keep them there). */
    private static Line trimTrailingBoilerplate(String text, Line line) {
        int end = line.end;
        while (true) {
            String s = text.substring(line.start, end);
            Matcher m = SENTENCE_END.matcher(s);
            int lastStart = 0;
            while (m.find()) {
                lastStart = m.end();
            }
            if (!Boilerplate.isTrailingSentence(s.substring(lastStart))) {
                break;
            }
            if (lastStart == 0) {
                return null;
            }
            end = line.start + lastStart;
            while (end > line.start && isSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        return new Line(line.start, end, line.afterBlank);
    }

    /** A date line among the first lines only (a short line, mostly the date): dates in prose are events, not publication. */
    private static LocalDate dateNearHead(String text, List<Line> lines) {
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            String s = slice(text, lines.get(i));
            if (s.length() <= 80 && s.split("\\s+").length <= 8) {
                LocalDate d = Dates.find(s);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    static boolean isTitle(String s) {
        int words = s.split("\\s+").length;
        return s.length() >= 10 && s.length() <= 250 && words >= 3
                && !s.endsWith(".") && !s.endsWith(",") && !BYLINE.matcher(s).matches()
                && !Boilerplate.isBoilerplateLine(s);
    }

    private static boolean isDeck(String s) {
        return s.length() <= 350 && !BYLINE.matcher(s).matches() && !Boilerplate.isBoilerplateLine(s);
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        boolean blank = false;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int s = i, e = end;
            while (s < e && isSpace(text.charAt(s))) s++;
            while (e > s && isSpace(text.charAt(e - 1))) e--;
            if (s < e) {
                out.add(new Line(s, e, blank));
                blank = false;
            } else if (!out.isEmpty()) {
                blank = true;
            }
            if (nl < 0) break;
            i = nl + 1;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\ufeff';
    }

    private static String slice(String text, Line l) {
        return text.substring(l.start, l.end);
    }
}

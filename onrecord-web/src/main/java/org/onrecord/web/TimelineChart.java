package org.onrecord.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.analyse.Timeline;

/**
 * A person's timeline drawn as an inline SVG (server-rendered, no script): dated statements on a time axis
 * (filled when the words are dated, hollow when only the article is), undated statements in a lane of their
 * own, findings as arcs between their two statements labelled with their type. Every point links to its
 * evidence. Only coordinates and labels are computed here; the template (timeline.jte) escapes the labels.
 */
public final class TimelineChart {
    static final int WIDTH = 960;
    static final int LEFT = 90;
    static final int RIGHT = 60;
    static final int ROW = 16;
    static final int RADIUS = 6;
    static final int MAX_ROWS = 12;

    /** A statement drawn: where, how it is dated (said_on, article_date, undated), its evidence link and its label. */
    public record Point(int x, int y, String dating, String href, String label) {
    }

    /** A finding drawn between two points: an SVG path, its type (for the colour) and a label at its top. */
    public record Connector(String path, String type, String label, int lx, int ly, String title) {
    }

    public record Tick(int x, String label) {
    }

    /**
     * The drawing. {@code axisY} is the time axis; the dated lane lies above it, the undated lane (when there
     * is one) from {@code undatedTop}.
     */
    public record Chart(int width, int height, int left, int right, int datedTop, int axisY, int undatedTop, int undatedBottom,
                        List<Tick> ticks, List<Point> points, List<Connector> connectors, int dated, int undated, String from,
                        String to) {
        public boolean empty() {
            return points.isEmpty();
        }

        public String description() {
            return dated + " dated statement(s)" + (from == null ? "" : " from " + from + " to " + to) + ", " + undated
                    + " undated, " + connectors.size() + " finding(s) drawn between them";
        }
    }

    private TimelineChart() {
    }

    static Chart draw(List<Timeline.Entry> entries, List<Catalog.FindingInfo> findings, Links links) {
        List<Timeline.Entry> dated = new ArrayList<>(), undated = new ArrayList<>();
        Map<Timeline.Entry, LocalDate> days = new HashMap<>();
        for (Timeline.Entry e : entries) {
            LocalDate d = Catalog.day(e.date());
            if (d == null) {
                undated.add(e);
            } else {
                days.put(e, d);
                dated.add(e);
            }
        }
        LocalDate min = dated.stream().map(days::get).min(LocalDate::compareTo).orElse(null);
        LocalDate max = dated.stream().map(days::get).max(LocalDate::compareTo).orElse(null);
        int span = min == null ? 1 : (int) Math.max(1, ChronoUnit.DAYS.between(min, max));
        int plot = WIDTH - LEFT - RIGHT;
        // dated points: x by day, stacked in rows where they would overlap
        int rows = 1;
        Map<String, int[]> where = new HashMap<>();
        List<Point> points = new ArrayList<>();
        List<Integer> xs = new ArrayList<>();
        int[] lastInRow = new int[MAX_ROWS];
        java.util.Arrays.fill(lastInRow, Integer.MIN_VALUE / 2);
        List<Integer> rowOf = new ArrayList<>();
        for (Timeline.Entry e : dated) {
            int x = min == null ? LEFT : LEFT + (int) Math.round(plot * (double) ChronoUnit.DAYS.between(min, days.get(e)) / span);
            if (min != null && min.equals(max)) x = LEFT + plot / 2;
            int row = 0;
            while (row < MAX_ROWS - 1 && x - lastInRow[row] < 2 * RADIUS + 2) row++;
            lastInRow[row] = x;
            rows = Math.max(rows, row + 1);
            xs.add(x);
            rowOf.add(row);
        }
        int arcRoom = findings.isEmpty() ? 10 : 70;
        int datedTop = 20 + arcRoom;
        int axisY = datedTop + rows * ROW + 10;
        for (int i = 0; i < dated.size(); i++) {
            Timeline.Entry e = dated.get(i);
            int y = axisY - 10 - rowOf.get(i) * ROW - RADIUS;
            String dating = e.dating() == Timeline.Dating.SAID_ON ? "said_on" : "article_date";
            points.add(new Point(xs.get(i), y, dating, links.statement(e.statement().id()), label(e)));
            where.put(e.statement().id(), new int[]{xs.get(i), y});
        }
        // ticks: about six, on whole days, labelled by day (or month for long spans)
        List<Tick> ticks = new ArrayList<>();
        if (min != null) {
            int n = min.equals(max) ? 1 : 6;
            for (int i = 0; i < n; i++) {
                LocalDate d = n == 1 ? min : min.plusDays(Math.round((double) span * i / (n - 1)));
                int x = n == 1 ? LEFT + plot / 2 : LEFT + (int) Math.round(plot * (double) i / (n - 1));
                ticks.add(new Tick(x, span > 400 ? d.toString().substring(0, 7) : d.toString()));
            }
        }
        // the undated lane: below the axis, in order, wrapping
        int undatedTop = axisY + 34;
        int perRow = Math.max(1, plot / (2 * RADIUS + 6));
        for (int i = 0; i < undated.size(); i++) {
            Timeline.Entry e = undated.get(i);
            int x = LEFT + RADIUS + (i % perRow) * (2 * RADIUS + 6);
            int y = undatedTop + 12 + (i / perRow) * ROW;
            points.add(new Point(x, y, "undated", links.statement(e.statement().id()), label(e)));
            where.put(e.statement().id(), new int[]{x, y});
        }
        int undatedBottom = undated.isEmpty() ? undatedTop : undatedTop + 12 + ((undated.size() - 1) / perRow + 1) * ROW;
        // findings: arcs between the two statements drawn (both must be on this chart)
        List<Connector> connectors = new ArrayList<>();
        int k = 0;
        for (Catalog.FindingInfo f : findings) {
            int[] a = where.get(f.finding().a()), b = where.get(f.finding().b());
            if (a == null || b == null) continue;
            int top = Math.max(12, Math.min(a[1], b[1]) - 30 - (k++ % 3) * 12);
            int mx = (a[0] + b[0]) / 2;
            int cy = 2 * top - (a[1] + b[1]) / 2; // the control point, so the curve's peak is at top
            String path = "M" + a[0] + "," + a[1] + " Q" + mx + "," + cy + " " + b[0] + "," + b[1];
            connectors.add(new Connector(path, f.type(), Catalog.typeLabel(f.type()), mx, top - 4, f.finding().reason()));
        }
        int height = (undated.isEmpty() ? axisY + 30 : undatedBottom + 10);
        return new Chart(WIDTH, height, LEFT, WIDTH - RIGHT, datedTop, axisY, undatedTop, undatedBottom, ticks, points, connectors,
                dated.size(), undated.size(), min == null ? null : min.toString(), max == null ? null : max.toString());
    }

    private static String label(Timeline.Entry e) {
        String when = switch (e.dating()) {
            case SAID_ON -> org.onrecord.model.Statement.PUBLISHED.equals(e.statement().saidOnBasis()) ? e.date() + " (news of that day)" : e.date();
            case ARTICLE_DATE -> e.date() + " (article date)";
            case UNDATED -> "undated";
        };
        String text = e.statement().text().strip();
        if (text.length() > 120) text = text.substring(0, 117) + "…";
        return when + ": “" + text + "” (" + Catalog.readable(e.outlets()) + ")";
    }
}

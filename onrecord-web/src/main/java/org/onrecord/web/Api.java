package org.onrecord.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.onrecord.analyse.Timeline;
import org.onrecord.export.Rows;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * The REST API's answers as plain maps and lists (rendered to JSON by the server); fields as in EXPORT.md.
 * The list endpoints take {@code limit} and {@code cursor}: the answer is still the JSON list, and when more
 * follow, the {@code X-Next-Cursor} header holds the cursor for the next call ({@code X-Total-Count} the total).
 * A cursor names the last item returned, so a page is not shifted by items added before it.
 */
final class Api {
    /** How much of a list to return: at most {@code limit} items (0: all) after the one the cursor names. */
    record Window(int limit, String after) {
        static Window of(Map<String, String> q, int defaultLimit) throws Escapes.BadRequest {
            int limit = defaultLimit;
            if (q.containsKey("limit")) {
                try {
                    limit = Math.max(1, Math.min(10_000, Integer.parseInt(q.get("limit").strip())));
                } catch (NumberFormatException e) {
                    throw new Escapes.BadRequest("limit must be a whole number");
                }
            }
            String cursor = q.get("cursor");
            String after = null;
            if (cursor != null && !cursor.isBlank()) {
                try {
                    after = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new Escapes.BadRequest("the cursor is not one this server gave");
                }
                if (limit == 0) limit = 1000;
            }
            return new Window(limit, after);
        }
    }

    /** A cut of a list: its items, the cursor for the next cut (null at the end) and the list's total. */
    record Page(List<Map<String, Object>> items, String next, int total) {
    }

    private final Snapshot data;
    private final Catalog catalog;

    Api(Snapshot data, Catalog catalog) {
        this.data = data;
        this.catalog = catalog;
    }

    static <T> Page page(List<T> all, Function<T, String> id, Function<T, Map<String, Object>> row, Window w) throws Escapes.BadRequest {
        int from = 0;
        if (w.after() != null) {
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (w.after().equals(id.apply(all.get(i)))) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) throw new Escapes.BadRequest("the cursor names an item no longer in the store; start again without it");
        }
        int to = w.limit() == 0 ? all.size() : Math.min(all.size(), from + w.limit());
        List<Map<String, Object>> items = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) items.add(row.apply(all.get(i)));
        String next = to < all.size() && to > from
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(id.apply(all.get(to - 1)).getBytes(StandardCharsets.UTF_8)) : null;
        return new Page(items, next, all.size());
    }

    Page documents(Window w) throws Escapes.BadRequest {
        return page(data.documents(), org.onrecord.model.Document::id, d -> {
            Map<String, Object> row = Rows.of(d);
            row.remove("body");
            return row;
        }, w);
    }

    Map<String, Object> document(String id) {
        var d = data.docById().get(id);
        return d == null ? null : Rows.of(d);
    }

    Page people(Window w) throws Escapes.BadRequest {
        return page(data.people(), Person::id, Rows::of, w);
    }

    Page statements(String speaker, Window w) throws Escapes.BadRequest {
        List<Statement> of = speaker == null ? data.statements() : data.statements().stream().filter(s -> speaker.equals(s.speaker())).toList();
        return page(of, Statement::id, Rows::of, w);
    }

    Page findings(String type, String story, Window w) throws Escapes.BadRequest {
        List<Finding> of = data.findings().stream().filter(f -> type == null || type.equals(f.type())).toList();
        if (story != null) {
            Catalog.StoryInfo s = catalog.story(story);
            java.util.Set<String> ids = new java.util.HashSet<>();
            if (s != null) catalog.findingsOf(s).forEach(fi -> ids.add(fi.finding().id()));
            of = of.stream().filter(f -> ids.contains(f.id())).toList();
        }
        return page(of, Finding::id, Rows::of, w);
    }

    Page stories(Window w) throws Escapes.BadRequest {
        return page(catalog.stories(), Catalog.StoryInfo::id, this::storyRow, w);
    }

    Map<String, Object> story(String id) {
        Catalog.StoryInfo s = catalog.story(id);
        if (s == null) return null;
        Map<String, Object> row = storyRow(s);
        row.put("findings", catalog.findingsOf(s).stream().map(fi -> fi.finding().id()).toList());
        return row;
    }

    private Map<String, Object> storyRow(Catalog.StoryInfo s) {
        Map<String, Object> row = Rows.of(s.story());
        row.put("title", s.title());
        row.put("outlets", s.outlets());
        row.put("from", s.from());
        row.put("to", s.to());
        row.put("statements", s.statements());
        row.put("finding_count", s.findings());
        return row;
    }

    Map<String, Object> timeline(Person p, String topic) {
        Timeline.View v = Timeline.of(p, topic, data.documents(), data.statements(), data.topics(), data.findings(), data.stories());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("person", Rows.of(p));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Timeline.Entry e : v.entries()) {
            Map<String, Object> row = Rows.of(e.statement());
            row.put("date", e.date());
            row.put("dating", e.dating().name().toLowerCase());
            row.put("outlets", e.outlets());
            row.put("topic", e.topic());
            row.put("story", e.story());
            entries.add(row);
        }
        out.put("entries", entries);
        out.put("findings", v.findings().stream().map(Rows::of).toList());
        return out;
    }

    List<Map<String, Object>> search(List<Statement> results) {
        return results.stream().map(Rows::of).toList();
    }
}

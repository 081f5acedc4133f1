package org.onrecord.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.analyse.Timeline;
import org.onrecord.export.Rows;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/** The REST API's answers as plain maps and lists (rendered to JSON by the server); fields as in EXPORT.md. */
final class Api {
    private final Snapshot data;

    Api(Snapshot data) {
        this.data = data;
    }

    List<Map<String, Object>> documents() {
        List<Map<String, Object>> out = new ArrayList<>();
        data.documents().forEach(d -> {
            Map<String, Object> row = Rows.of(d);
            row.remove("body");
            out.add(row);
        });
        return out;
    }

    Map<String, Object> document(String id) {
        var d = data.docById().get(id);
        return d == null ? null : Rows.of(d);
    }

    List<Map<String, Object>> people() {
        return data.people().stream().map(Rows::of).toList();
    }

    List<Map<String, Object>> statements(String speaker, int limit) {
        return data.statements().stream().filter(s -> speaker == null || speaker.equals(s.speaker())).limit(limit).map(Rows::of).toList();
    }

    List<Map<String, Object>> findings(String type) {
        return data.findings().stream().filter(f -> type == null || type.equals(f.type())).map(Rows::of).toList();
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

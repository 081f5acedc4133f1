package org.onrecord.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;

/** The docs/EXPORT.md fields of each record, in a stable order, for JSON Lines and CSV alike. */
public final class Rows {
    private Rows() {
    }

    public static Map<String, Object> of(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("source", d.source());
        m.put("url", d.url());
        m.put("outlet", d.outlet());
        m.put("published", d.published() == null ? null : d.published().toString());
        m.put("title", d.title());
        m.put("body", d.body());
        m.put("deck", d.deck());
        m.put("byline", d.byline());
        m.put("dateline", d.dateline());
        m.put("format", d.format().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    public static Map<String, Object> of(Statement s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("doc", s.doc());
        m.put("source", s.source());
        m.put("kind", s.kind().label());
        m.put("text", s.text());
        m.put("start", s.start());
        m.put("end", s.end());
        m.put("offsets", s.offsets());
        m.put("speaker", s.speaker());
        m.put("speaker_mention", s.speakerMention());
        m.put("cue", s.cue());
        m.put("said_on", s.saidOn());
        m.put("said_on_basis", s.saidOnBasis());
        m.put("group", s.group());
        m.put("body_start", s.bodyStart());
        m.put("body_end", s.bodyEnd());
        m.put("sentence", s.sentence());
        return m;
    }

    public static Map<String, Object> of(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("aliases", p.aliases());
        m.put("roles", p.roles());
        m.put("kind", p.kind());
        return m;
    }

    /**
     * A person with the number of statements attributed to them ({@code statements}) and whether they are only
     * mentioned ({@code mentioned_only}: named in the articles, no statement of theirs found).
     */
    public static Map<String, Object> of(Person p, int statements) {
        Map<String, Object> m = of(p);
        m.put("statements", statements);
        m.put("mentioned_only", statements == 0);
        return m;
    }

    /**
     * The people as people.jsonl lists them: those who spoke first, by number of statements (most first), then
     * those only mentioned; ties by name, then id.
     */
    public static java.util.List<Map<String, Object>> people(java.util.List<Person> people, java.util.List<Statement> statements) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Statement s : statements) if (s.speaker() != null) counts.merge(s.speaker(), 1, Integer::sum);
        // statements name their speaker by the person's name; two people sharing a name share its count only once
        java.util.Set<String> counted = new java.util.HashSet<>();
        java.util.List<Map.Entry<Person, Integer>> ranked = new java.util.ArrayList<>();
        for (Person p : people) ranked.add(Map.entry(p, counted.add(p.name()) ? counts.getOrDefault(p.name(), 0) : 0));
        ranked.sort(java.util.Comparator.<Map.Entry<Person, Integer>>comparingInt(e -> -e.getValue())
                .thenComparing(e -> e.getKey().name()).thenComparing(e -> e.getKey().id()));
        return ranked.stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    public static Map<String, Object> of(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("type", f.type());
        m.put("a", f.a());
        m.put("b", f.b());
        m.put("reason", f.reason());
        m.put("topic", f.topic());
        if (!f.evidence().isEmpty()) m.put("evidence", f.evidence());
        return m;
    }

    public static Map<String, Object> of(Story s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("label", s.label());
        m.put("docs", s.docs());
        return m;
    }
}

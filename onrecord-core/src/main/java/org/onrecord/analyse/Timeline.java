package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * A person's statements in the order they were made: by said_on; a statement without one is placed by its
 * article's date and marked so; one without either is marked undated and listed last. Each entry names
 * every outlet that carried the statement (its group), and the findings between the entries are attached.
 */
public final class Timeline {
    /** How an entry's place in time is known. */
    public enum Dating { SAID_ON, ARTICLE_DATE, UNDATED }

    /** One statement of the timeline; {@code story} is the label of the story its article belongs to, or null. */
    public record Entry(Statement statement, String date, Dating dating, List<String> outlets, String topic, String story) {
    }

    public record View(Person person, List<Entry> entries, List<Finding> findings) {
    }

    private Timeline() {
    }

    /** The person whose name or an alias matches {@code query} (case-insensitive, whole or part), or null. */
    public static Person person(String query, List<Person> people) {
        String q = query.toLowerCase(Locale.ROOT).strip();
        for (Person p : people) if (p.name().equalsIgnoreCase(q)) return p;
        for (Person p : people) if (p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(q))) return p;
        for (Person p : people) if (p.name().toLowerCase(Locale.ROOT).contains(q)) return p;
        return null;
    }

    /** A partial quotation inside reported speech of the same cue is shown as part of it, not twice. */
    private static boolean insideReportedSpeech(Statement s, List<Statement> sameSpeaker) {
        if (s.kind() != Statement.Kind.PARTIAL) return false;
        for (Statement o : sameSpeaker) {
            if (o.kind() == Statement.Kind.INDIRECT && o.doc().equals(s.doc()) && o.bodyStart() <= s.bodyStart() && o.bodyEnd() >= s.bodyEnd()
                    && java.util.Objects.equals(o.speaker(), s.speaker())) {
                return true;
            }
        }
        return false;
    }

    public static View of(Person person, String topic, List<Document> docs, List<Statement> statements, List<Person> people,
                          List<Finding> findings) {
        return of(person, topic, docs, statements, Analyse.topics(findings), findings, List.of());
    }

    /** The same, with the statements' topics computed once beforehand (a server answers many timelines). */
    public static View of(Person person, String topic, List<Document> docs, List<Statement> statements, Map<String, String> topics,
                          List<Finding> findings, List<org.onrecord.model.Story> stories) {
        Map<String, Document> byId = docs.stream().collect(Collectors.toMap(Document::id, Function.identity()));
        // the outlets that carried each statement group, gathered in one pass
        Map<String, Set<String>> groupOutlets = new java.util.HashMap<>();
        for (Statement o : statements) {
            if (o.group() != null) groupOutlets.computeIfAbsent(o.group(), k -> new LinkedHashSet<>()).add(Dated.outlet(o, byId));
        }
        Map<String, String> storyOf = new java.util.HashMap<>();
        for (org.onrecord.model.Story st : stories) for (String d : st.docs()) storyOf.put(d, st.label() == null ? st.id() : st.label());
        List<Entry> entries = new ArrayList<>();
        List<Statement> mine = statements.stream().filter(s -> person.name().equals(s.speaker())).toList();
        for (Statement s : mine) {
            if (insideReportedSpeech(s, mine)) continue;
            String t = topics.get(s.id());
            if (topic != null && (t == null || !t.toLowerCase(Locale.ROOT).contains(topic.toLowerCase(Locale.ROOT)))) continue;
            Document d = byId.get(s.doc());
            Dating dating = s.saidOn() != null ? Dating.SAID_ON : d != null && d.published() != null ? Dating.ARTICLE_DATE : Dating.UNDATED;
            String date = dating == Dating.SAID_ON ? s.saidOn() : dating == Dating.ARTICLE_DATE ? d.published().toString() : null;
            Set<String> outlets = s.group() == null ? Set.of(Dated.outlet(s, byId)) : groupOutlets.get(s.group());
            entries.add(new Entry(s, date, dating, List.copyOf(outlets), t, storyOf.get(s.doc())));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.statement().doc()).thenComparingInt(e -> e.statement().bodyStart()));
        Set<String> ids = entries.stream().map(e -> e.statement().id()).collect(Collectors.toSet());
        List<Finding> between = findings.stream().filter(f -> ids.contains(f.a()) || ids.contains(f.b())).toList();
        return new View(person, entries, between);
    }
}

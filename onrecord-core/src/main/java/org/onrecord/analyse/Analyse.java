package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;

/**
 * The analyse stage, across documents: candidate pairs of statements about the same thing (shared words,
 * close sentence embeddings), their claims read from a dependency parse and compared into findings
 * (contradiction, shift, colleague inconsistency, dispute), and headlines checked for misquotes. Works on
 * extracted records only; embeddings and claims are kept in {@code cache} (the store) between runs.
 */
public final class Analyse {
    /** Findings, the stories they were sought in, and what it cost to make them (parses and embeddings made this run, and their time). */
    public record Result(List<Finding> findings, List<Story> stories, int parsed, int embedded, long parseMillis, long embedMillis) {
    }

    private Analyse() {
    }

    public static List<Finding> findings(List<Document> documents, List<Statement> statements, List<Person> people) {
        return run(documents, statements, people, DerivedCache.inMemory()).findings();
    }

    public static Result run(List<Document> documents, List<Statement> statements, List<Person> people, DerivedCache cache) {
        Map<String, Document> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));
        List<Story> stories = Stories.group(documents);
        Derived derived = new Derived(cache);
        Findings f = new Findings(docs, statements, people, derived, storyOf(stories));
        List<Finding> out = new ArrayList<>(f.find());
        Map<String, List<Statement>> byDoc = new HashMap<>();
        for (Statement s : statements) byDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
        for (Document d : documents) out.addAll(Headlines.check(d, byDoc.getOrDefault(d.id(), List.of())));
        return new Result(out, stories, derived.parsed, derived.embedded, derived.parseNanos / 1_000_000, derived.embedNanos / 1_000_000);
    }

    /**
     * For each pair of statement ids, why the two make a finding or not (speakers, shared words, parsed claims,
     * the comparison's verdict), in words: what the findings bench prints for pairs it expected and missed.
     */
    public static Map<String, String> explain(List<Document> documents, List<Statement> statements, List<Person> people,
                                              DerivedCache cache, List<String[]> pairs) {
        Map<String, Document> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));
        Map<String, Statement> byId = new HashMap<>();
        statements.forEach(s -> byId.put(s.id(), s));
        Findings f = new Findings(docs, statements, people, new Derived(cache), storyOf(Stories.group(documents)));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String[] p : pairs) out.put(p[0] + "|" + p[1], f.explain(byId.get(p[0]), byId.get(p[1])));
        return out;
    }

    private static Map<String, String> storyOf(List<Story> stories) {
        Map<String, String> out = new HashMap<>();
        for (Story s : stories) for (String d : s.docs()) out.put(d, s.id());
        return out;
    }

    /** The topic of every statement a finding rests on ("Iran provide drones"), by statement id, from the findings. */
    public static Map<String, String> topics(List<Finding> findings) {
        Map<String, String> out = new HashMap<>();
        for (Finding f : findings) {
            if (f.topic() == null) continue;
            if (f.a() != null) out.putIfAbsent(f.a(), f.topic());
            if (f.b() != null) out.putIfAbsent(f.b(), f.topic());
            for (String e : f.evidence()) out.putIfAbsent(e, f.topic());
        }
        return out;
    }
}

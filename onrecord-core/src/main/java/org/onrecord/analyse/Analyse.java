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
 * The analyse stage, across documents: candidate pairs of statements by topic (related speakers, nearest
 * neighbours by sentence embedding), judged by the inference judge into findings (contradiction, shift,
 * colleague inconsistency, dispute), and headlines checked for misquotes. Works on extracted records only;
 * embeddings and judgments are kept in {@code cache} (the store) between runs.
 */
public final class Analyse {
    /** Findings, the stories, and what it cost to make them (pairs judged and statements embedded this run, and their time). */
    public record Result(List<Finding> findings, List<Story> stories, int judged, int embedded, long judgeMillis, long embedMillis) {
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
        Findings f = new Findings(docs, statements, people, derived);
        List<Finding> out = new ArrayList<>(f.find());
        Map<String, List<Statement>> byDoc = new HashMap<>();
        for (Statement s : statements) byDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
        for (Document d : documents) out.addAll(Headlines.check(d, byDoc.getOrDefault(d.id(), List.of())));
        return new Result(out, stories, derived.judgedPairs, derived.embedded, derived.judgeNanos / 1_000_000, derived.embedNanos / 1_000_000);
    }

    /**
     * For each pair of statement ids, why the two make a finding or not (candidate or not, how the speakers relate,
     * the judge's verdicts both ways), in words: what the findings bench prints for pairs it expected and missed.
     */
    public static Map<String, String> explain(List<Document> documents, List<Statement> statements, List<Person> people,
                                              DerivedCache cache, List<String[]> pairs) {
        Map<String, Document> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));
        Map<String, Statement> byId = new HashMap<>();
        statements.forEach(s -> byId.put(s.id(), s));
        Findings f = new Findings(docs, statements, people, new Derived(cache));
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String[] p : pairs) out.put(p[0] + "|" + p[1], f.explain(byId.get(p[0]), byId.get(p[1])));
        return out;
    }

    /** A candidate pair of statements as the judge sees it: both statements, how their speakers relate, their cosine. */
    public record Candidate(Statement a, Statement b, String relation, double cosine) {
    }

    /** The candidate pairs by topic ({@link TopicPairs}) over the statements, with embeddings kept in {@code cache}. */
    public static List<Candidate> candidates(List<Statement> statements, List<Person> people, DerivedCache cache) {
        SideIndex sides = new SideIndex(people, statements);
        List<Statement> usable = statements.stream().filter(TopicPairs::usable).toList();
        Map<String, float[]> v = new Derived(cache).vectors(usable.stream().map(Statement::text).distinct().toList());
        List<float[]> vectors = usable.stream().map(s -> v.get(s.text())).toList();
        List<Candidate> out = new ArrayList<>();
        for (TopicPairs.Pair p : TopicPairs.pairs(usable, sides::speakerSides, sides::namedSides, sides::opposed, vectors)) {
            out.add(new Candidate(usable.get(p.a()), usable.get(p.b()), p.relation().words, p.cosine()));
        }
        return out;
    }

    /**
     * For each pair of statement ids, the judge's contradiction probability (the larger of both ways) and how the
     * speakers relate, or null when the two are no candidate pair: what the findings bench sweeps thresholds over.
     */
    /** How a judged pair's speakers relate and its contradiction probability (the larger of both ways). */
    public record Judgment(String relation, double contradiction) {
    }

    public static Map<String, Judgment> judged(List<Document> documents, List<Statement> statements, List<Person> people,
                                                DerivedCache cache, List<String[]> pairs) {
        Map<String, Document> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));
        Findings f = new Findings(docs, statements, people, new Derived(cache));
        Map<String, Findings.Judged> byPair = new HashMap<>();
        for (Findings.Judged j : f.judged()) {
            byPair.put(j.a().id() + "|" + j.b().id(), j);
            byPair.put(j.b().id() + "|" + j.a().id(), j);
        }
        Map<String, Judgment> out = new java.util.LinkedHashMap<>();
        for (String[] p : pairs) {
            Findings.Judged j = byPair.get(p[0] + "|" + p[1]);
            out.put(p[0] + "|" + p[1], j == null ? null : new Judgment(j.relation().words, j.contradiction()));
        }
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

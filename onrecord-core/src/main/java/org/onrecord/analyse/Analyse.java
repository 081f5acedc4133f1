package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * The analyse stage, across documents: statements normalised into claims, compared pairwise into findings
 * (contradiction, shift, colleague inconsistency, dispute), and headlines checked for misquotes. Works on
 * extracted records only.
 */
public final class Analyse {
    private Analyse() {
    }

    public static List<Finding> findings(List<Document> documents, List<Statement> statements, List<Person> people) {
        Map<String, Document> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));
        Countries countries = new Countries(documents);
        Map<String, String> countryOf = countries(people, statements, countries);
        List<Claim> claims = claims(statements, countryOf, countries);
        List<Finding> out = new ArrayList<>(new Findings(docs, countryOf).compare(claims));
        for (Document d : documents) {
            out.addAll(Headlines.check(d, statements));
        }
        return out;
    }

    /** The topic of every statement that makes a claim ("supply of weapons from iran to russ"), by statement id. */
    public static Map<String, String> topics(List<Document> documents, List<Statement> statements, List<Person> people) {
        Countries countries = new Countries(documents);
        Map<String, String> out = new HashMap<>();
        for (Claim c : claims(statements, countries(people, statements, countries), countries)) {
            out.put(c.statement().id(), c.topic());
        }
        return out;
    }

    /**
     * Claims in text order per document. A claim that leaves its giver or receiver unsaid ("the provision of
     * missiles is entirely wrong") takes them from the nearest complete claim of the same article, the one
     * before it first: the article's own context says what transfer it is about.
     */
    static List<Claim> claims(List<Statement> statements, Map<String, String> countryOf, Countries countries) {
        List<Statement> ordered = new ArrayList<>(statements);
        ordered.sort(Comparator.comparing(Statement::doc).thenComparingInt(Statement::bodyStart));
        List<Claim> raw = new ArrayList<>();
        for (Statement s : ordered) {
            Claim c = Claims.of(s, s.speaker() == null ? null : countryOf.get(s.speaker()), countries);
            if (c != null) raw.add(c);
        }
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Claim c = raw.get(i);
            if (c.actor() == null || c.recipient() == null) {
                Claim context = nearestComplete(raw, i);
                if (context == null) continue;
                c = new Claim(c.statement(), c.actor() != null ? c.actor() : context.actor(), c.action(), c.object(), c.item(),
                        c.recipient() != null ? c.recipient() : context.recipient(), c.positive(), c.scope(), c.future(), c.past(), null);
            }
            if (!c.actor().equals(c.recipient())) out.add(c.named(countries));
        }
        return out;
    }

    private static Claim nearestComplete(List<Claim> claims, int i) {
        String doc = claims.get(i).statement().doc();
        for (int d = 1; d < claims.size(); d++) {
            for (int j : new int[]{i - d, i + d}) {
                if (j < 0 || j >= claims.size()) continue;
                Claim c = claims.get(j);
                if (c.statement().doc().equals(doc) && c.actor() != null && c.recipient() != null) return c;
            }
        }
        return null;
    }

    /** Each speaker's state: from the person's roles ("Iranian Foreign Minister"), or named in the speaker itself ("US officials"). */
    static Map<String, String> countries(List<Person> people, List<Statement> statements, Countries countries) {
        Map<String, String> out = new HashMap<>();
        for (Person p : people) {
            for (String role : p.roles()) {
                String c = countries.first(role);
                if (c != null) {
                    out.put(p.name(), c);
                    break;
                }
            }
        }
        for (Statement s : statements) {
            if (s.speaker() != null && !out.containsKey(s.speaker())) {
                String c = countries.first(s.speaker());
                if (c == null && s.speakerMention() != null) c = countries.first(s.speakerMention());
                if (c != null) out.put(s.speaker(), c);
            }
        }
        return out;
    }

}

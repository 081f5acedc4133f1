package org.onrecord.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onrecord.analyse.Analyse;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;
import org.onrecord.store.Store;

/** Everything the views show, read from the store in one go; the server reads a new one after an analyze run writes to the store. */
public record Snapshot(List<Document> documents, List<Statement> statements, List<Person> people, List<Finding> findings,
                       List<Story> stories, Map<String, Document> docById, Map<String, Statement> statementById,
                       Map<String, Person> personById, Map<String, String> topics) {
    public static Snapshot of(Store store) {
        List<Document> docs = store.documents();
        List<Statement> statements = store.statements();
        List<Person> people = store.people();
        Map<String, Document> d = new HashMap<>();
        docs.forEach(x -> d.put(x.id(), x));
        Map<String, Statement> s = new HashMap<>();
        statements.forEach(x -> s.put(x.id(), x));
        Map<String, Person> p = new HashMap<>();
        people.forEach(x -> p.put(x.id(), x));
        return new Snapshot(docs, statements, people, store.findings(), store.stories(), d, s, p,
                Analyse.topics(store.findings()));
    }

    public String outlet(Document d) {
        if (d == null) return "unknown outlet";
        return d.outlet() != null ? d.outlet() : d.url() != null ? d.url() : d.source().replaceAll(".*/", "");
    }

    public Person personNamed(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }
}

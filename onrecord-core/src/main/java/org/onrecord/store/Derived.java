package org.onrecord.store;

import java.util.List;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;

/**
 * Everything the cross-document stages derive, written to the store in one transaction
 * ({@link Store#replaceDerived}): the statements with their resolved speakers and groups, the people, the findings
 * and the stories.
 */
public record Derived(List<Statement> statements, List<Person> people, List<Finding> findings, List<Story> stories) {
    public Derived {
        statements = List.copyOf(statements);
        people = List.copyOf(people);
        findings = List.copyOf(findings);
        stories = List.copyOf(stories);
    }
}

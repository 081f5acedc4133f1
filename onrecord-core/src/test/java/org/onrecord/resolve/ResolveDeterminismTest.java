package org.onrecord.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Statement;

/**
 * A name that could join two people must join the same one every time. "Elena Gonzalez" ends the full name "Maria
 * Elena Gonzalez" and is one letter from "Elena Gonzales": resolve used to pick between them in the order of an
 * identity hash set, which changes from run to run (and with JVM flags). The names are fictional.
 */
class ResolveDeterminismTest {
    private static Statement said(String id, String speaker) {
        return new Statement(id, "d" + id, "d" + id + ".txt", Statement.Kind.INDIRECT, "the bridge would reopen", 0, 23, "body", 0, 23,
                speaker, speaker, "said", null, null, "sentence", null, null);
    }

    @Test
    void anAmbiguousNameJoinsTheSamePersonInEveryRun() {
        List<Statement> statements = List.of(said("1", "Maria Elena Gonzalez"), said("2", "Elena Gonzales"), said("3", "Elena Gonzalez"));
        Set<String> outcomes = new HashSet<>();
        for (int run = 0; run < 50; run++) {
            Resolve.Result r = Resolve.resolve(new ArrayList<>(statements), List.of());
            outcomes.add(r.statements().get(2).speaker() + " | " + r.people());
        }
        assertEquals(1, outcomes.size(), outcomes.toString());
    }
}

package org.onrecord.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * Candidate pairs by topic over statements written for this test (FICTIONAL speakers) with hand-made unit vectors:
 * who may meet whom, the neighbour limit, and what is never a pair.
 */
class TopicPairsTest {
    private static Statement st(String id, String doc, int at, String speaker, String text, String group) {
        return new Statement(id, doc, doc, Statement.Kind.INDIRECT, text, at, at + text.length(), "body", at, at + text.length(),
                speaker, speaker, "said", null, group, text, null, null);
    }

    /** A unit vector at an angle from the first axis: cosine between two is the cosine of their angle difference. */
    private static float[] at(double degrees) {
        double r = Math.toRadians(degrees);
        return new float[]{(float) Math.cos(r), (float) Math.sin(r)};
    }

    private static final Map<String, Set<String>> SIDES = Map.of(
            "Ilse Marrow", Set.of("person:Ilse Marrow", "body:valdorian"),
            "Teodor Brannick", Set.of("person:Teodor Brannick", "body:valdorian"),
            "Anna Orsk", Set.of("person:Anna Orsk", "body:kestrian"));

    private static List<TopicPairs.Pair> pairs(List<Statement> s, List<float[]> v) {
        return TopicPairs.pairs(s, x -> SIDES.getOrDefault(x.speaker(), Set.of()),
                x -> x.text().contains("Valdoria") ? Set.of("body:valdorian") : Set.of(), (x, y) -> false, v);
    }

    @Test
    void relatedSpeakersOnOneTopicMeet() {
        List<Statement> s = List.of(
                st("a", "d1", 0, "Teodor Brannick", "we sent no cargo flights to Kestria", null),
                st("b", "d2", 0, "Teodor Brannick", "we sent a few cargo flights last spring", null),
                st("c", "d3", 0, "Ilse Marrow", "the flights to Kestria carried medicine only", null),
                st("d", "d4", 0, "Anna Orsk", "Valdoria flew weapons to Kestria in March", null),
                st("e", "d5", 0, "Anna Orsk", "the harvest festival opens on Friday night", null));
        List<TopicPairs.Pair> p = pairs(s, List.of(at(0), at(20), at(30), at(25), at(150)));
        Map<String, TopicPairs.Relation> got = new java.util.HashMap<>();
        for (TopicPairs.Pair x : p) got.put(s.get(x.a()).id() + s.get(x.b()).id(), x.relation());
        assertEquals(TopicPairs.Relation.SAME_SPEAKER, got.get("ab"));
        assertEquals(TopicPairs.Relation.COLLEAGUES, got.get("ac"));
        // a third party whose words name the other's side meets it
        assertEquals(TopicPairs.Relation.THIRD_PARTY, got.get("ad"));
        // far apart in meaning (cosine 0) or unrelated speakers: no pair
        assertFalse(got.containsKey("ae") || got.containsKey("de"));
    }

    @Test
    void reportsOfOneStatementAndOverlapsAreNoPairs() {
        List<Statement> s = List.of(
                st("a", "d1", 0, "Teodor Brannick", "we sent no cargo flights to Kestria", "g1"),
                st("b", "d2", 0, "Teodor Brannick", "we sent no cargo flights to Kestria at all", "g1"),
                st("c", "d1", 5, "Teodor Brannick", "no cargo flights to Kestria left our airports", null));
        List<TopicPairs.Pair> p = pairs(s, List.of(at(0), at(1), at(30)));
        // a and b are one statement in two outlets, a and c overlap in one article: only b and c remain
        assertEquals(1, p.size());
        assertEquals(1, p.get(0).a());
        assertEquals(2, p.get(0).b());
    }

    @Test
    void oneStatementInOtherWordsIsNoPair() {
        List<Statement> s = List.of(
                st("a", "d1", 0, "Teodor Brannick", "we sent no cargo flights to Kestria last year", null),
                st("b", "d2", 0, "Teodor Brannick", "we sent no cargo flights at all to Kestria last year", null));
        // cosine 0.99: an echo of the same words, which the judge has nothing to weigh
        assertTrue(pairs(s, List.of(at(0), at(8))).isEmpty());
        assertEquals(1, pairs(s, List.of(at(0), at(30))).size());
    }

    @Test
    void eachStatementKeepsItsNearestNeighboursOnly() {
        List<Statement> s = new ArrayList<>();
        List<float[]> v = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            s.add(st("s" + i, "d" + i, 0, "Teodor Brannick", "statement number " + i + " about the flights", null));
            // one shared direction and one of its own: every two statements at cosine 1 / 1.64 = 0.61
            float[] x = new float[13];
            x[0] = 1 / (float) Math.sqrt(1.64);
            x[i + 1] = 0.8f / (float) Math.sqrt(1.64);
            v.add(x);
        }
        List<TopicPairs.Pair> p = pairs(s, v);
        // each statement keeps NEIGHBOURS of its eleven: at most 12 x 4 = 48 pairs, not all 66
        assertTrue(p.size() <= 12 * TopicPairs.NEIGHBOURS && p.size() < 66, "pairs: " + p.size());
        assertTrue(p.size() >= 12 * TopicPairs.NEIGHBOURS / 2, "pairs: " + p.size());
    }

    @Test
    void rivalsOfOneCountryAreNoColleagues() {
        List<Person> people = List.of(
                new Person("p1", "Mara Quill", List.of("Mara Quill"), List.of("a Republican senator from Ohio")),
                new Person("p2", "Dov Henning", List.of("Dov Henning"), List.of("a Democratic senator from Ohio")),
                new Person("p3", "Lena Fisk", List.of("Lena Fisk"), List.of("a Republican senator from Utah")));
        List<Statement> s = List.of(
                st("a", "d1", 0, "Mara Quill", "the budget deal protects the farm subsidies", null),
                st("b", "d2", 0, "Dov Henning", "the budget deal guts the farm subsidies", null),
                st("c", "d3", 0, "Lena Fisk", "the budget deal cuts the farm subsidies", null));
        SideIndex sides = new SideIndex(people, s);
        assertTrue(sides.opposed(s.get(0), s.get(1)));
        assertFalse(sides.opposed(s.get(0), s.get(2)));
        List<TopicPairs.Pair> p = TopicPairs.pairs(s, sides::speakerSides, sides::namedSides, sides::opposed, List.of(at(0), at(25), at(50)));
        Map<String, TopicPairs.Relation> got = new java.util.HashMap<>();
        for (TopicPairs.Pair x : p) got.put(s.get(x.a()).id() + s.get(x.b()).id(), x.relation());
        assertEquals(TopicPairs.Relation.COLLEAGUES, got.get("ac"), got.toString());
        assertFalse(got.containsKey("ab"), "rival senators who do not name each other are no pair: " + got);
    }

    @Test
    void questionsAndFragmentsAssertNothing() {
        assertFalse(Findings.asserts(st("q", "d", 0, "Anna Orsk", "did Valdoria send the flights?", null)));
        assertTrue(Findings.asserts(st("q", "d", 0, "Anna Orsk", "Valdoria sent the flights.", null)));
        assertFalse(TopicPairs.usable(st("f", "d", 0, "Anna Orsk", "in a week", null)));
    }
}

package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.onrecord.model.Statement;

/**
 * Candidate pairs by topic (decision 0018): two statements are set against each other when their speakers are
 * related — the same speaker, colleagues (one body or country, {@link Affiliations}), or a third party whose
 * words name the other's side — and one is among the other's nearest neighbours by sentence embedding within
 * that relation. Statements meet only through blocking keys (a speaker, a body, a side named, the article), within a window of
 * {@link #WINDOW} statements each way in the order given (time), and each keeps at most {@link #NEIGHBOURS}
 * neighbours per relation, so pairs and work grow with the statements, not their square.
 */
final class TopicPairs {
    /** Neighbours kept per statement and relation. */
    static final int NEIGHBOURS = 4;
    /** Below this cosine two statements are about different things (measured on the annotated pairs, decision 0018). */
    static final double MIN_COSINE = 0.35;
    /** From this cosine two statements are one statement in other words (a report and its echo): no pair (decision 0021). */
    static final double SAME_STATEMENT = 0.95;
    /** Statements of one side a statement meets on each hand of its place in time (decision 0021). */
    static final int WINDOW = 150;
    /** The block of one article's statements: its speakers meet there even when no side key relates them. */
    private static final String ARTICLE = "article:";
    /** Statements shorter than this say too little to oppose anything. */
    static final int MIN_WORDS = 4;

    enum Relation {
        SAME_SPEAKER("same speaker"), COLLEAGUES("colleagues"), THIRD_PARTY("third party");

        final String words;

        Relation(String words) {
            this.words = words;
        }
    }

    /** Statements {@code a} and {@code b} (indices, {@code a < b}), how their speakers relate, and their cosine. */
    record Pair(int a, int b, Relation relation, double cosine) {
    }

    private TopicPairs() {
    }

    /**
     * @param speakerSides the keys a statement's speaker stands for (person, bodies, country)
     * @param namedSides   the sides a statement's words name (countries, bodies, known people)
     * @param opposed      speakers of rival parties: never colleagues, whatever else they share
     * @param vectors      unit-length embeddings, one per statement
     */
    static List<Pair> pairs(List<Statement> statements, Function<Statement, Set<String>> speakerSides,
                            Function<Statement, Set<String>> namedSides, java.util.function.BiPredicate<Statement, Statement> opposed,
                            List<float[]> vectors) {
        Map<String, List<Integer>> bySpeakerSide = new LinkedHashMap<>();
        List<Set<String>> own = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Set<String> sides = usable(statements.get(i)) ? speakerSides.apply(statements.get(i)) : Set.of();
            own.add(sides);
            for (String k : sides) bySpeakerSide.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            if (!sides.isEmpty()) bySpeakerSide.computeIfAbsent(ARTICLE + statements.get(i).doc(), x -> new ArrayList<>()).add(i);
        }
        Map<Long, Pair> out = new LinkedHashMap<>();
        int[] seen = new int[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (!usable(s)) continue;
            Map<Relation, List<Pair>> near = new HashMap<>();
            Set<String> reach = new LinkedHashSet<>(own.get(i));
            Set<String> named = namedSides.apply(s);
            for (String k : named) if (!own.get(i).contains(k)) reach.add(k);
            // the speakers one article sets side by side are answering each other, whatever the side keys know of them
            reach.add(ARTICLE + s.doc());
            for (String k : reach) {
                List<Integer> block = bySpeakerSide.getOrDefault(k, List.of());
                // a large side (a country, a party) is searched in a window around the statement's place in the given
                // (time) order, so a statement meets at most 2 x WINDOW of each side, not all of it
                int at = java.util.Collections.binarySearch(block, i);
                if (at < 0) at = -at - 1;
                for (int x = Math.max(0, at - WINDOW); x < Math.min(block.size(), at + WINDOW + 1); x++) {
                    int j = block.get(x);
                    if (j == i || seen[j] == i + 1) continue;
                    seen[j] = i + 1;
                    double c = Embeddings.cosine(vectors.get(i), vectors.get(j));
                    if (c < MIN_COSINE || c >= SAME_STATEMENT || !comparable(s, statements.get(j))) continue;
                    Relation r = relation(statements.get(i), statements.get(j), own.get(i), own.get(j));
                    if (r == Relation.COLLEAGUES && opposed.test(statements.get(i), statements.get(j))) {
                        // rivals: a pair only when one's words name the other's side, as any third party's
                        r = java.util.Collections.disjoint(named, own.get(j)) ? null : Relation.THIRD_PARTY;
                    }
                    if (r == null) continue;
                    near.computeIfAbsent(r, y -> new ArrayList<>()).add(new Pair(Math.min(i, j), Math.max(i, j), r, c));
                }
            }
            for (List<Pair> l : near.values()) {
                l.sort(Comparator.comparingDouble(Pair::cosine).reversed().thenComparingInt(Pair::a).thenComparingInt(Pair::b));
                for (Pair p : l.subList(0, Math.min(NEIGHBOURS, l.size()))) out.putIfAbsent(((long) p.a() << 32) | p.b(), p);
            }
        }
        List<Pair> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
        return list;
    }

    private static Relation relation(Statement a, Statement b, Set<String> sa, Set<String> sb) {
        String pa = a.speaker(), pb = b.speaker();
        if (pa != null && pa.equals(pb)) return Relation.SAME_SPEAKER;
        for (String k : sa) if (!k.startsWith("person:") && sb.contains(k)) return Relation.COLLEAGUES;
        return Relation.THIRD_PARTY;
    }

    /** Two reports of one statement, or two overlapping stretches of one article, are not two statements. */
    private static boolean comparable(Statement a, Statement b) {
        if (a.group() != null && a.group().equals(b.group())) return false;
        if (a.doc().equals(b.doc()) && a.bodyStart() < b.bodyEnd() && b.bodyStart() < a.bodyEnd()) return false;
        return !a.text().strip().equalsIgnoreCase(b.text().strip());
    }

    static boolean usable(Statement s) {
        return s.speaker() != null && s.text().strip().split("\\s+").length >= MIN_WORDS;
    }
}

package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Ids;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * Candidates, judge, findings (decision 0018). Candidate pairs by topic ({@link TopicPairs}) are read by the
 * inference judge ({@link Judge}) in both directions; a pair it finds contradictory becomes a finding whose type
 * the speakers and the order decide: one speaker against himself a contradiction, two colleagues a colleague
 * inconsistency, a third party's claim against the words of the side it names a dispute (one per denial, every
 * report of the claim as evidence). One speaker's later statement that his earlier one entails but that does not
 * entail it back — the earlier position narrowed — is a shift.
 */
final class Findings {
    /** Contradiction probability (the larger of both directions) from which a pair is a finding (decision 0018). */
    static final double CONTRADICTION = 0.6;
    /** Entailment of the narrower statement by the broader one, and at most this back, for a shift. */
    static final double NARROWS = 0.8, NOT_BACK = 0.2;

    private final Map<String, Document> docs;
    private final List<Statement> statements;
    private final SideIndex sides;
    private final Derived derived;
    final Map<String, String> topics = new LinkedHashMap<>();

    Findings(Map<String, Document> docs, List<Statement> statements, List<Person> people, Derived derived) {
        this.docs = docs;
        // in time order: candidate pairs look for neighbours within a window of that order
        this.statements = statements.stream().filter(s -> TopicPairs.usable(s) && asserts(s)).sorted((a, b) -> Dated.compare(a, b, docs)).toList();
        this.sides = new SideIndex(people, statements);
        this.derived = derived;
    }

    /** A question put to someone asserts nothing of the speaker's own. */
    static boolean asserts(Statement s) {
        return !s.text().strip().endsWith("?");
    }

    /** A judged pair: the two statements, how their speakers relate, and both directions' probabilities. */
    record Judged(Statement a, Statement b, TopicPairs.Relation relation, double cosine, float[] ab, float[] ba) {
        double contradiction() {
            return Math.max(ab[Judge.CONTRADICTION], ba[Judge.CONTRADICTION]);
        }
    }

    private List<Judged> judged;

    /** Every candidate pair with the judge's verdicts, judged once per instance. */
    List<Judged> judged() {
        if (judged == null) judged = judge();
        return judged;
    }

    private List<Judged> judge() {
        List<float[]> vectors = new ArrayList<>();
        Map<String, float[]> v = derived.vectors(statements.stream().map(Statement::text).distinct().toList());
        for (Statement s : statements) vectors.add(v.get(s.text()));
        List<TopicPairs.Pair> pairs = TopicPairs.pairs(statements, sides::speakerSides, sides::namedSides, sides::opposed, vectors);
        List<String[]> inputs = new ArrayList<>();
        for (TopicPairs.Pair p : pairs) {
            Statement a = statements.get(p.a()), b = statements.get(p.b());
            inputs.add(new String[]{input(p.relation(), a), input(null, b)});
            inputs.add(new String[]{input(p.relation(), b), input(null, a)});
        }
        List<float[]> probabilities = derived.judged(inputs);
        List<Judged> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            TopicPairs.Pair p = pairs.get(i);
            out.add(new Judged(statements.get(p.a()), statements.get(p.b()), p.relation(), p.cosine(), probabilities.get(2 * i), probabilities.get(2 * i + 1)));
        }
        return out;
    }

    static String input(TopicPairs.Relation relation, Statement s) {
        return Judge.input(relation == null ? null : relation.words, s);
    }

    List<Finding> find() {
        Map<String, Finding> pairwise = new LinkedHashMap<>();
        Map<String, List<Judged>> disputes = new LinkedHashMap<>();
        for (Judged j : judged()) {
            Statement a = j.a(), b = j.b();
            if (Dated.compare(a, b, docs) > 0) {
                j = new Judged(b, a, j.relation(), j.cosine(), j.ba(), j.ab());
                a = j.a();
                b = j.b();
            }
            boolean contradicts = j.contradiction() >= CONTRADICTION;
            switch (j.relation()) {
                case SAME_SPEAKER -> {
                    if (contradicts) add(pairwise, "contradiction", j, Reasons.contradiction(a, b, j.contradiction(), docs));
                    else if (narrows(j)) add(pairwise, "shift", j, Reasons.shift(a, b, j.ab()[Judge.ENTAILMENT], docs));
                }
                case COLLEAGUES -> {
                    if (contradicts) add(pairwise, "colleague_inconsistency", j, Reasons.colleagues(a, b, j.contradiction(),
                            colleagues(a, b), docs));
                }
                case THIRD_PARTY -> {
                    if (contradicts) {
                        Statement denial = denial(a, b);
                        disputes.computeIfAbsent(denial.group() != null ? denial.group() : denial.id(), k -> new ArrayList<>()).add(j);
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>(pairwise.values());
        out.addAll(disputes(disputes));
        return out;
    }

    /** The earlier statement entails the later one but not back, in two articles: the position narrowed. */
    private boolean narrows(Judged j) {
        if (j.a().doc().equals(j.b().doc()) || Dated.date(j.a(), docs) == null || Dated.date(j.b(), docs) == null) return false;
        return j.ab()[Judge.ENTAILMENT] >= NARROWS && j.ba()[Judge.ENTAILMENT] <= NOT_BACK;
    }

    private String colleagues(Statement a, Statement b) {
        String k = sides.affiliations().shared(SideIndex.speaker(a), SideIndex.speaker(b));
        return k == null ? "one side" : Affiliations.describe(k);
    }

    /** Of a third-party pair, the statement by the side the other one names: the answer to the claim. */
    private Statement denial(Statement a, Statement b) {
        Set<String> named = sides.namedSides(a);
        for (String k : sides.speakerSides(b)) if (named.contains(k)) return b;
        return a;
    }

    private void add(Map<String, Finding> out, String type, Judged j, String reason) {
        // one finding per pair of articles and speakers: an article that reports the same words twice says one thing
        String key = type + "|" + j.a().doc() + "|" + j.a().speaker() + "|" + j.b().doc() + "|" + j.b().speaker();
        Finding f = new Finding(Ids.of("f", type, j.a().id(), j.b().id()), type, j.a().id(), j.b().id(), reason, topic(j.a()));
        Finding had = out.get(key);
        if (had == null || confidence(reason) > confidence(had.reason())) out.put(key, f);
    }

    /** The judge's confidence as a reason states it, for keeping the strongest of one article pair's findings. */
    private static double confidence(String reason) {
        int at = reason.lastIndexOf("confidence ");
        if (at < 0) return 0;
        try {
            return Double.parseDouble(reason.substring(at + 11).replaceAll("[^0-9.].*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A short topic: the first words of the statement. */
    private String topic(Statement s) {
        String[] w = Judge.words(s).strip().split("\\s+");
        String t = String.join(" ", java.util.Arrays.copyOf(w, Math.min(8, w.length)));
        topics.putIfAbsent(s.id(), t);
        return t;
    }

    /**
     * One dispute per denial (or per group of its reports): the strongest claim first, every other report of the
     * claim listed as evidence.
     */
    private List<Finding> disputes(Map<String, List<Judged>> byDenial) {
        List<Finding> out = new ArrayList<>();
        for (List<Judged> pairs : byDenial.values()) {
            pairs.sort(Comparator.comparingDouble(Judged::contradiction).reversed());
            Judged best = pairs.get(0);
            Statement denial = denial(best.a(), best.b());
            Statement claim = denial == best.a() ? best.b() : best.a();
            List<String> evidence = new ArrayList<>(List.of(claim.id(), denial.id()));
            List<Statement> others = new ArrayList<>();
            for (Judged j : pairs) {
                Statement c = denial(j.a(), j.b()) == j.a() ? j.b() : j.a();
                if (!evidence.contains(c.id())) {
                    evidence.add(c.id());
                    others.add(c);
                }
            }
            String topic = topic(denial);
            out.add(new Finding(Ids.of("f", "disputed", claim.id(), denial.id()), "disputed", claim.id(), denial.id(),
                    Reasons.disputed(claim, denial, others, best.contradiction(), docs), topic, evidence));
        }
        return out;
    }

    /** Why a pair makes a finding or not, in words: the relation, the cosine and the judge's two verdicts. */
    String explain(Statement a, Statement b) {
        for (Judged j : judged()) {
            if ((j.a().equals(a) && j.b().equals(b)) || (j.a().equals(b) && j.b().equals(a))) {
                return String.format(Locale.ROOT, "candidate %s, cosine %.2f; judge a->b %s, b->a %s", j.relation().words, j.cosine(),
                        probabilities(j.ab()), probabilities(j.ba()));
            }
        }
        boolean ua = statements.contains(a), ub = statements.contains(b);
        if (!ua || !ub) return "not a candidate pair (a side has no speaker, too few words, or is a question)";
        Map<String, float[]> v = derived.vectors(List.of(a.text(), b.text()));
        Set<String> sa = sides.speakerSides(a), sb = sides.speakerSides(b);
        boolean related = !java.util.Collections.disjoint(sa, sb) || !java.util.Collections.disjoint(sides.namedSides(a), sb)
                || !java.util.Collections.disjoint(sides.namedSides(b), sa);
        return String.format(Locale.ROOT, "not a candidate pair (cosine %.2f; speakers %s)", Embeddings.cosine(v.get(a.text()), v.get(b.text())),
                related ? "related: not among the nearest neighbours" : "unrelated by side keys " + sa + " / " + sb);
    }

    private static String probabilities(float[] p) {
        return String.format(Locale.ROOT, "entail %.2f neutral %.2f contradict %.2f", p[0], p[1], p[2]);
    }
}

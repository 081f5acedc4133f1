package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Ids;
import org.onrecord.model.Statement;

/**
 * Finds contradictions, shifts, colleague inconsistencies and disputes: cheap candidate pairs (shared rare
 * words, related speakers), kept when their sentence embeddings are close, then their parsed claims compared
 * ({@link Compare}). One speaker opposing himself is a contradiction (a later narrower denial a shift); two
 * colleagues opposed, a colleague inconsistency; a third party asserting what the subject's side denies, a
 * dispute, one per denial with every report of the claim as evidence.
 */
final class Findings {
    /** Cosine of two statements' embeddings below which they are taken to be about different things. */
    static final double MIN_SIMILARITY = 0.30;
    /** Cosine of two object phrases ("any weapons", "a limited number of drones") for the same things. */
    static final double OBJECT_SIMILARITY = 0.45;
    /** Statements embedded per run at most (about 10-20 ms each on one core). */
    static final int EMBED_BUDGET = 320;
    /** Statements parsed per run at most (about 10 ms a sentence on one core). */
    static final int PARSE_BUDGET = 200;

    private static final boolean DEBUG = System.getenv("ONRECORD_DEBUG_FINDINGS") != null;
    private final Map<String, Document> docs;
    private final List<Statement> statements;
    private final Affiliations affiliations;
    private final Derived derived;
    final Map<String, String> topics = new HashMap<>();

    Findings(Map<String, Document> docs, List<Statement> statements, Affiliations affiliations, Derived derived) {
        this.docs = docs;
        this.statements = statements.stream().filter(s -> s.text().strip().split("\\s+").length >= 3).toList();
        this.affiliations = affiliations;
        this.derived = derived;
    }

    List<Finding> find() {
        List<Candidates.Pair> all = Candidates.pairs(statements, this::related);
        // a fixed budget of statements to embed, best pairs first: the stage's time does not grow with the crawl
        Set<String> texts = new LinkedHashSet<>();
        List<Candidates.Pair> pairs = new ArrayList<>();
        for (Candidates.Pair p : all) {
            String ta = Embeddings.truncate(statements.get(p.a()).text()), tb = Embeddings.truncate(statements.get(p.b()).text());
            int more = (texts.contains(ta) ? 0 : 1) + (texts.contains(tb) ? 0 : 1);
            if (texts.size() + more > EMBED_BUDGET) continue;
            texts.add(ta);
            texts.add(tb);
            pairs.add(p);
        }
        Map<String, float[]> v = derived.vectors(new ArrayList<>(texts));
        if (DEBUG) for (Candidates.Pair p : pairs) System.err.printf("CAND %.2f %s || %s%n", p.overlap(), statements.get(p.a()).text(), statements.get(p.b()).text());
        List<Candidates.Pair> close = new ArrayList<>();
        Map<Candidates.Pair, Double> cosine = new HashMap<>();
        for (Candidates.Pair p : pairs) {
            double c = Embeddings.cosine(v.get(Embeddings.truncate(statements.get(p.a()).text())), v.get(Embeddings.truncate(statements.get(p.b()).text())));
            if (c >= MIN_SIMILARITY) {
                close.add(p);
                cosine.put(p, c);
            }
        }
        close.sort(Comparator.comparingDouble((Candidates.Pair p) -> -cosine.get(p)));
        Set<Statement> needed = new LinkedHashSet<>();
        List<Candidates.Pair> parsed = new ArrayList<>();
        for (Candidates.Pair p : close) {
            Statement a = statements.get(p.a()), b = statements.get(p.b());
            int more = (needed.contains(a) ? 0 : 1) + (needed.contains(b) ? 0 : 1);
            if (needed.size() + more > PARSE_BUDGET) continue;
            needed.add(a);
            needed.add(b);
            parsed.add(p);
        }
        close = parsed;
        derived.prepareClaims(new ArrayList<>(needed));
        Map<String, Finding> pairwise = new LinkedHashMap<>();
        Map<String, List<Statement[]>> disputes = new LinkedHashMap<>();
        for (Candidates.Pair p : close) {
            Statement a = statements.get(p.a()), b = statements.get(p.b());
            if (Dated.compare(a, b, docs) > 0) {
                Statement t = a;
                a = b;
                b = t;
            }
            if (DEBUG) System.err.printf("PAIR %.2f/%.2f %s | %s%n   A %s%n   B %s%n", p.overlap(), cosine.get(p), a.speaker(), b.speaker(), derived.claims(a), derived.claims(b));
            pairCosine = cosine.get(p);
            examine(a, b, pairwise, disputes);
        }
        List<Finding> out = new ArrayList<>(pairwise.values());
        out.addAll(disputes(disputes));
        return out;
    }

    private boolean related(Statement a, Statement b, boolean negative) {
        if (a.group() != null && a.group().equals(b.group())) return false;
        if (a.doc().equals(b.doc()) && a.bodyStart() < b.bodyEnd() && b.bodyStart() < a.bodyEnd()) return false;
        String sa = speaker(a), sb = speaker(b);
        if (sa != null && sa.equals(sb)) return true;
        if (affiliations.shared(sa, sb) != null) return true;
        return negative;
    }

    /** A speaker that names someone: not a bare determiner left by extraction ("the"). */
    static String speaker(Statement s) {
        String n = s.speaker();
        if (n == null || !n.matches(".*\\p{Lu}.*") || n.matches("(?i)the|a|an|this|that|these|those|it|he|she|they|we|i")) return null;
        return n;
    }

    private void examine(Statement a, Statement b, Map<String, Finding> pairwise, Map<String, List<Statement[]>> disputes) {
        String sa = speaker(a), sb = speaker(b);
        List<Claim> ca = derived.claims(a), cb = derived.claims(b);
        Compare.Subjects subjects = (c, first) -> resolve(c.subject(), first ? sa : sb);
        if (sa != null && sa.equals(sb)) {
            Compare.Verdict v = Compare.compare(ca, cb, subjects, true, this::similarObjects);
            if (v == null) return;
            if (v.kind() == Compare.Kind.OPPOSED) {
                add(pairwise, "contradiction", a, b, v, Reasons.contradiction(a, b, v, docs));
            } else if (Dated.date(a, docs) != null && Dated.date(b, docs) != null && !a.doc().equals(b.doc())) {
                add(pairwise, "shift", a, b, v, Reasons.shift(a, b, v, docs));
            }
            return;
        }
        String shared = affiliations.shared(sa, sb);
        if (shared != null) {
            Compare.Verdict v = Compare.compare(ca, cb, subjects, true, this::similarObjects);
            if (v != null && v.kind() == Compare.Kind.OPPOSED) {
                add(pairwise, "colleague_inconsistency", a, b, v, Reasons.colleagues(a, b, v, Affiliations.describe(shared), docs));
                return;
            }
        }
        Compare.Verdict v = Compare.compare(ca, cb, subjects, false, this::similarObjects);
        if (v == null || v.kind() != Compare.Kind.OPPOSED || v.a().negated() == v.b().negated()) return;
        boolean aDenies = v.a().negated();
        Statement claim = aDenies ? b : a, denial = aDenies ? a : b;
        Claim denied = aDenies ? v.a() : v.b();
        String side = resolve(denied.subject(), speaker(denial));
        String denier = speaker(denial), claimant = speaker(claim);
        boolean own = ClaimReader.own(denied.subject()) || affiliations.speaksFor(denier, side);
        if (!own || claimant != null && affiliations.speaksFor(claimant, side)) return;
        String key = denial.group() != null ? denial.group() : denial.id();
        disputes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Statement[]{claim, denial});
        topics.putIfAbsent(claim.id(), topic(aDenies ? v.b() : v.a(), claimant));
        topics.putIfAbsent(denial.id(), topic(aDenies ? v.b() : v.a(), claimant));
    }

    /** "we" is the speaker's side (country or body), "I" the speaker. */
    private String resolve(String subject, String speaker) {
        if (subject == null) return "someone";
        if (subject.equals("i")) return speaker == null ? "someone" : "person:" + speaker;
        if (subject.equals("we")) {
            if (speaker == null) return "someone";
            String side = affiliations.side(speaker);
            return side != null ? side : "person:" + speaker;
        }
        return subject;
    }

    /** Cosine of the pair of statements being compared. */
    private double pairCosine;

    /**
     * Two object phrases name the same things when their embeddings are close, or when one is a universal
     * ("any weapons", "no weapons") and the two statements are close: "any" covers whatever the other names.
     */
    private boolean similarObjects(String x, String y) {
        if (x == null || y == null) return false;
        if ((UNIVERSAL.matcher(x).lookingAt() || UNIVERSAL.matcher(y).lookingAt()) && pairCosine >= UNIVERSAL_SIMILARITY) return true;
        return Embeddings.cosine(derived.vector(x), derived.vector(y)) >= OBJECT_SIMILARITY;
    }

    private static final java.util.regex.Pattern UNIVERSAL = java.util.regex.Pattern.compile("(?i)(any|all|no|every|none of)\\b");
    /** Statement cosine under which a universal object is not taken to cover the other side's. */
    static final double UNIVERSAL_SIMILARITY = 0.5;

    private String topic(Claim c, String speaker) {
        String s = resolve(c.subject(), speaker);
        String subject = s.startsWith("country:") || s.startsWith("body:") ? Affiliations.describe(s) : s.replaceFirst("^person:", "");
        return subject + " " + c.predicate() + (c.objectWords() == null ? "" : " " + c.objectWords());
    }

    private void add(Map<String, Finding> out, String type, Statement a, Statement b, Compare.Verdict v, String reason) {
        // one finding per pair of articles and speakers: an article that reports the same words twice says one thing
        String key = type + "|" + a.doc() + "|" + a.speaker() + "|" + b.doc() + "|" + b.speaker();
        if (out.containsKey(key)) return;
        String topic = topic(v.a().negated() ? v.b() : v.a(), speaker(v.a().negated() ? b : a));
        topics.putIfAbsent(a.id(), topic);
        topics.putIfAbsent(b.id(), topic);
        out.put(key, new Finding(Ids.of("f", type, a.id(), b.id()), type, a.id(), b.id(), reason, topic));
    }

    /**
     * One dispute per denial (or per group of its reports): the report of the claim in the denial's own article
     * first, else the one closest in meaning, and every other report of the claim listed as evidence.
     */
    private List<Finding> disputes(Map<String, List<Statement[]>> byDenial) {
        List<Finding> out = new ArrayList<>();
        for (List<Statement[]> pairs : byDenial.values()) {
            Statement denial = pairs.get(0)[1];
            Statement best = null;
            double bestScore = -1;
            for (Statement[] p : pairs) {
                double score = Embeddings.cosine(derived.vector(Embeddings.truncate(p[0].text())), derived.vector(Embeddings.truncate(denial.text())))
                        + (p[0].doc().equals(denial.doc()) ? 1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = p[0];
                }
            }
            List<String> evidence = new ArrayList<>(List.of(best.id(), denial.id()));
            List<Statement> others = new ArrayList<>();
            for (Statement[] p : pairs) {
                if (!evidence.contains(p[0].id())) {
                    evidence.add(p[0].id());
                    others.add(p[0]);
                }
            }
            String topic = topics.get(best.id());
            out.add(new Finding(Ids.of("f", "disputed", best.id(), denial.id()), "disputed", best.id(), denial.id(),
                    Reasons.disputed(best, denial, others, topic, docs), topic, evidence));
        }
        return out;
    }
}

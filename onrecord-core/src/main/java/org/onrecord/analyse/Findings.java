package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Ids;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * Finds contradictions, shifts, colleague inconsistencies and disputes: candidate pairs chosen by fixed rules
 * ({@link Candidates}) and denials that point back at the claim before them ({@link Denials}), their parsed
 * claims compared ({@link Compare}). One speaker opposing himself is a contradiction (a later narrower denial
 * a shift); two colleagues opposed, a colleague inconsistency; a third party asserting what the subject's side
 * denies, a dispute, one per denial with every report of the claim as evidence.
 */
final class Findings {
    /** Cosine of two object phrases ("any weapons", "a limited number of drones") for the same things. */
    static final double OBJECT_SIMILARITY = 0.45;
    /** Cosine of the heads of a universal object and the other ("weapons", "drones"): "any weapons" covers drones. */
    static final double UNIVERSAL_SIMILARITY = 0.3;
    /** Cosine of two predications ("sell artillery shells", "deliver shells to Kestria") that say the same. */
    static final double PREDICATION_SIMILARITY = 0.75;
    private static final Pattern UNIVERSAL = Pattern.compile("(?i)^(any|all|no|every|none of)\\b");

    private final Map<String, Document> docs;
    private final List<Statement> statements;
    private final Affiliations affiliations;
    private final Sides sides;
    private final Derived derived;
    private final Map<String, String> storyOf;
    private final Map<String, String> named = new HashMap<>();
    final Map<String, String> topics = new HashMap<>();

    /** Statements with two words or more (a lone word asserts nothing), in the order given. */
    List<Statement> statements() {
        return statements;
    }

    Findings(Map<String, Document> docs, List<Statement> statements, List<Person> people, Derived derived, Map<String, String> storyOf) {
        this.docs = docs;
        this.statements = statements.stream().filter(s -> s.text().strip().split("\\s+").length >= 2).toList();
        this.affiliations = new Affiliations(people, statements);
        this.sides = new Sides(affiliations, people);
        // a body's or a person's last word names it in running text ("Treasury", "Brannick")
        for (String body : affiliations.bodies()) {
            String last = lastWord(body.substring(5));
            if (!last.isEmpty()) named.putIfAbsent(last, body);
        }
        for (Person p : people) {
            String name = p.name().toLowerCase(java.util.Locale.ROOT).strip();
            if (name.contains(" ")) named.putIfAbsent(lastWord(name), "person:" + p.name());
        }
        this.derived = derived;
        this.storyOf = storyOf;
    }

    List<Finding> find() {
        List<Candidates.Pair> pairs = Candidates.pairs(statements, this::related, storyOf, this::meets);
        Set<Statement> needed = new LinkedHashSet<>();
        for (Candidates.Pair p : pairs) {
            needed.add(statements.get(p.a()));
            needed.add(statements.get(p.b()));
        }
        Map<String, List<Statement>> byDoc = byDoc();
        List<Statement> denials = statements.stream().filter(Denials::maybe).toList();
        needed.addAll(denials);
        derived.prepareClaims(new ArrayList<>(needed));
        Map<String, Finding> pairwise = new LinkedHashMap<>();
        Map<String, List<Statement[]>> disputes = new LinkedHashMap<>();
        for (Candidates.Pair p : pairs) examine(statements.get(p.a()), statements.get(p.b()), pairwise, disputes);
        for (Statement d : denials) {
            String kind = Denials.refersBack(derived.claims(d));
            if (kind == null) continue;
            Statement target = Denials.target(d, kind, byDoc.get(d.doc()), s -> Denials.maybe(s) && Denials.refersBack(derived.claims(s)) != null);
            if (target != null) answer(target, d, kind, pairwise, disputes);
        }
        List<Finding> out = new ArrayList<>(pairwise.values());
        out.addAll(disputes(disputes));
        return out;
    }

    private Map<String, List<Statement>> byDoc() {
        Map<String, List<Statement>> out = new HashMap<>();
        for (Statement s : statements) out.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
        out.values().forEach(l -> l.sort(Comparator.comparingInt(Statement::bodyStart)));
        return out;
    }

    boolean related(Statement a, Statement b, boolean negativeA, boolean negativeB) {
        if (a.group() != null && a.group().equals(b.group())) return false;
        if (a.doc().equals(b.doc()) && a.bodyStart() < b.bodyEnd() && b.bodyStart() < a.bodyEnd()) return false;
        String sa = speaker(a), sb = speaker(b);
        if (sa != null && sa.equals(sb)) return true;
        if (affiliations.shared(sa, sb) != null) return true;
        // anyone against a denial, when the denial is the denier's own side speaking: "we", "I", or a side the claim names
        return negativeA != negativeB && ownSide(negativeA ? a : b, negativeA ? b : a);
    }

    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(i|we|me|us|my|our)\\b");

    /** Whether a negative statement speaks for the side the other statement is about: in the first person, or named there. */
    private boolean ownSide(Statement negative, Statement other) {
        if (speaker(negative) == null) return false;
        if (FIRST_PERSON.matcher(negative.text()).find()) return true;
        String text = other.text().toLowerCase(java.util.Locale.ROOT);
        for (String side : sidesOf(negative)) {
            String name = side.replaceFirst("^(person|body):", "");
            if (side.startsWith("country:")) name = Affiliations.describe(side);
            String last = lastWord(name.toLowerCase(java.util.Locale.ROOT));
            if (last.length() > 2 && text.contains(last)) return true;
        }
        return false;
    }

    /**
     * Where a statement can meet statements of other stories: its speaker's sides, and the sides its words name
     * (a country, a body some speaker belongs to, a person the run knows by surname), since a third party's
     * claim names whom it is about.
     */
    Set<String> meets(Statement s) {
        Set<String> out = new LinkedHashSet<>(sidesOf(s));
        for (var c : org.onrecord.annotate.Countries.all(s.text())) out.add("country:" + c.code());
        for (String w : s.text().split("[^\\p{L}\\p{N}'’-]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            String k = named.get(w.toLowerCase(java.util.Locale.ROOT).replaceAll("[’']s$", ""));
            if (k != null) out.add(k);
        }
        return out;
    }

    /** The speaker and the bodies the speaker belongs to: who may oppose whom across stories. */
    Set<String> sidesOf(Statement s) {
        String sp = speaker(s);
        if (sp == null) return Set.of();
        Set<String> out = new LinkedHashSet<>(affiliations.keys(sp));
        out.add("person:" + sp);
        return out;
    }

    /** A speaker that names someone: not a bare determiner left by extraction ("the"). */
    static String speaker(Statement s) {
        String n = s.speaker();
        if (n == null || !n.matches(".*\\p{Lu}.*") || n.matches("(?i)the|a|an|this|that|these|those|it|he|she|they|we|i")) return null;
        return n;
    }

    /** Why {@code a} and {@code b} make a finding or not, in words: for the findings bench and for readers asking "why not". */
    String explain(Statement a, Statement b) {
        StringBuilder sb = new StringBuilder();
        List<Candidates.Pair> pair = Candidates.pairs(List.of(a, b), this::related, storyOf, this::meets);
        String kind = Denials.maybe(b) ? Denials.refersBack(derived.claims(b)) : null;
        boolean answers = kind != null && a.equals(Denials.target(b, kind, byDoc().getOrDefault(b.doc(), List.of()),
                s -> Denials.maybe(s) && Denials.refersBack(derived.claims(s)) != null));
        sb.append("candidate=").append(pair.isEmpty() ? (answers ? "denial-answers" : "none") : pair.get(0).why()).append(" sides=").append(sidesOf(a)).append('/').append(sidesOf(b)).append(" related=").append(related(a, b, Candidates.isNegative(a), Candidates.isNegative(b))).append(" shared=").append(affiliations.shared(speaker(a), speaker(b)))
                .append(" negative=").append(Candidates.isNegative(a)).append('/').append(Candidates.isNegative(b))
                .append(" story=").append(storyOf.get(a.doc()) != null && storyOf.get(a.doc()).equals(storyOf.get(b.doc())))
                .append(" words=").append(Candidates.words(Derived.claimText(a)).stream().filter(Candidates.words(Derived.claimText(b))::contains).toList())
                .append("\n    A claims ").append(derived.claims(a)).append(" back=").append(Denials.refersBack(derived.claims(a)))
                .append("\n    B claims ").append(derived.claims(b)).append(" back=").append(Denials.refersBack(derived.claims(b)));
        Compare.Verdict v = Compare.compare(derived.claims(a), derived.claims(b), judge(a, b), false);
        sb.append("\n    verdict ").append(v == null ? "none" : v.kind() + ": " + v.why());
        return sb.toString();
    }

    private Compare.Judge judge(Statement sa, Statement sb) {
        return new Compare.Judge() {
            @Override
            public boolean sameSubject(Claim a, Claim b) {
                return sides.same(a.subject(), sa, b.subject(), sb);
            }

            @Override
            public boolean similarObjects(String x, String y) {
                if (x == null || y == null) return false;
                // "any weapons" covers "a limited number of drones" as far as weapons and drones are alike: their heads
                if (UNIVERSAL.matcher(x).lookingAt() || UNIVERSAL.matcher(y).lookingAt()) {
                    return Embeddings.cosine(derived.vector(head(x)), derived.vector(head(y))) >= UNIVERSAL_SIMILARITY;
                }
                return Embeddings.cosine(derived.vector(x), derived.vector(y)) >= OBJECT_SIMILARITY;
            }

            @Override
            public boolean similarPredications(Claim a, Claim b) {
                if (a.object() == null || b.object() == null || Lexical.antonyms(a.predicate(), b.predicate())) return false;
                return Embeddings.cosine(derived.vector(predication(a)), derived.vector(predication(b))) >= PREDICATION_SIMILARITY;
            }
        };
    }

    /** A phrase's last word: its head in English noun phrases ("a limited number of drones": drones). */
    private static String head(String phrase) {
        return lastWord(phrase);
    }

    /** The last word of a text, "" when it has none. */
    static String lastWord(String text) {
        String[] w = text.strip().split("\\s+");
        return w.length == 0 ? "" : w[w.length - 1];
    }

    /** The act and what it is done to, in two words ("sell drone"): what two claims must share to say the same. */
    private static String predication(Claim c) {
        return c.predicate() + " " + c.object();
    }

    private void examine(Statement a, Statement b, Map<String, Finding> pairwise, Map<String, List<Statement[]>> disputes) {
        if (Dated.compare(a, b, docs) > 0) {
            Statement t = a;
            a = b;
            b = t;
        }
        String sa = speaker(a), sb = speaker(b);
        List<Claim> ca = derived.claims(a), cb = derived.claims(b);
        if (sa != null && sa.equals(sb)) {
            Compare.Verdict v = Compare.compare(ca, cb, judge(a, b), true);
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
            Compare.Verdict v = Compare.compare(ca, cb, judge(a, b), true);
            if (v != null && v.kind() == Compare.Kind.OPPOSED) {
                add(pairwise, "colleague_inconsistency", a, b, v, Reasons.colleagues(a, b, v, Affiliations.describe(shared), docs));
                return;
            }
        }
        Compare.Verdict v = Compare.compare(ca, cb, judge(a, b), false);
        if (v == null || v.kind() != Compare.Kind.OPPOSED || v.a().negated() == v.b().negated()) return;
        boolean aDenies = v.a().negated();
        Statement claim = aDenies ? b : a, denial = aDenies ? a : b;
        Claim denied = aDenies ? v.a() : v.b();
        // a dispute is a denial by the side the claim is about ("we", "I", the denier's own country or body), made
        // against someone not of that side
        Set<String> about = sides.of(denied.subject(), denial);
        if (java.util.Collections.disjoint(about, sidesOf(denial)) || !java.util.Collections.disjoint(about, sidesOf(claim))) return;
        dispute(claim, denial, aDenies ? v.b() : v.a(), disputes);
    }

    /** A denial pointing back at {@code claim}: a contradiction, a colleague's inconsistency or a dispute by who made each. */
    private void answer(Statement claim, Statement denial, String kind, Map<String, Finding> pairwise, Map<String, List<Statement[]>> disputes) {
        String sc = speaker(claim), sd = speaker(denial);
        Claim asserted = derived.claims(claim).isEmpty() ? null : derived.claims(claim).get(0);
        Compare.Verdict v = new Compare.Verdict(Compare.Kind.OPPOSED, asserted, null, kind.equals("said")
                ? "a denial of having said what the record shows was said" : "a denial of the claim made just before it");
        if (sd != null && sd.equals(sc)) {
            add(pairwise, "contradiction", claim, denial, v, Reasons.contradiction(claim, denial, v, docs));
        } else if (affiliations.shared(sc, sd) != null) {
            add(pairwise, "colleague_inconsistency", claim, denial, v, Reasons.colleagues(claim, denial, v, Affiliations.describe(affiliations.shared(sc, sd)), docs));
        } else if (kind.equals("did")) {
            dispute(claim, denial, asserted, disputes);
        }
    }

    private void dispute(Statement claim, Statement denial, Claim asserted, Map<String, List<Statement[]>> disputes) {
        String key = denial.group() != null ? denial.group() : denial.id();
        disputes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Statement[]{claim, denial});
        String topic = asserted == null ? null : topic(asserted, claim);
        if (topic != null) {
            topics.putIfAbsent(claim.id(), topic);
            topics.putIfAbsent(denial.id(), topic);
        }
    }

    private String topic(Claim c, Statement s) {
        String subject = c.subject();
        if (ClaimReader.own(subject) && speaker(s) != null) {
            String side = affiliations.side(speaker(s));
            subject = side != null && subject.equals("we") ? Affiliations.describe(side) : speaker(s);
        } else if (subject.startsWith("country:")) {
            subject = Affiliations.describe(subject);
        }
        return subject + " " + c.predicate() + (c.objectWords() == null ? "" : " " + c.objectWords());
    }

    private void add(Map<String, Finding> out, String type, Statement a, Statement b, Compare.Verdict v, String reason) {
        // one finding per pair of articles and speakers: an article that reports the same words twice says one thing
        String key = type + "|" + a.doc() + "|" + a.speaker() + "|" + b.doc() + "|" + b.speaker();
        if (out.containsKey(key)) return;
        Claim c = v.a() == null ? v.b() : v.b() == null || v.a().negated() ? (v.b() != null ? v.b() : v.a()) : v.a();
        String topic = c == null ? null : topic(c, c == v.a() ? a : b);
        if (topic != null) {
            topics.putIfAbsent(a.id(), topic);
            topics.putIfAbsent(b.id(), topic);
        }
        out.put(key, new Finding(Ids.of("f", type, a.id(), b.id()), type, a.id(), b.id(), reason, topic));
    }

    /** Whether claim {@code x} is a better first report than {@code y} for a denial: in its article, nearest to it. */
    private static boolean closer(Statement x, Statement y, Statement denial) {
        boolean xs = x.doc().equals(denial.doc()), ys = y.doc().equals(denial.doc());
        if (xs != ys) return xs;
        return xs && Math.abs(x.bodyStart() - denial.bodyStart()) < Math.abs(y.bodyStart() - denial.bodyStart());
    }

    /**
     * One dispute per denial (or per group of its reports): the report of the claim nearest the denial in its own
     * article first, else the first found, and every other report of the claim listed as evidence.
     */
    private List<Finding> disputes(Map<String, List<Statement[]>> byDenial) {
        List<Finding> out = new ArrayList<>();
        for (List<Statement[]> pairs : byDenial.values()) {
            Statement denial = pairs.get(0)[1];
            Statement best = null;
            for (Statement[] p : pairs) if (best == null || closer(p[0], best, denial)) best = p[0];
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

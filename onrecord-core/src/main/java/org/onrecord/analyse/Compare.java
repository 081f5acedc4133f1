package org.onrecord.analyse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two claims say opposite things about one predication, with the reason in words: opposite polarity,
 * antonymous predicates (WordNet), incompatible quantities, or a denial of having said it; or whether a later
 * denial only narrows an earlier one (a shift). Claims over different times (before / after one event, other
 * years, past / future) or with a condition never oppose.
 */
final class Compare {
    enum Kind { OPPOSED, NARROWED }

    /** A relation found between claim {@code a} of one statement and {@code b} of another. */
    record Verdict(Kind kind, Claim a, Claim b, String why) {
    }

    /** What the caller knows beyond the two claims: who their subjects are, and how close two phrases are in meaning. */
    interface Judge {
        /** Whether the subjects of claim {@code a} (first statement) and {@code b} (second) are the same. */
        boolean sameSubject(Claim a, Claim b);

        /** Whether two object phrases name the same things when WordNet does not say so. */
        boolean similarObjects(String x, String y);

        /** Whether two predications ("sell artillery shells", "deliver shells") say the same in other words. */
        boolean similarPredications(Claim a, Claim b);
    }

    /** Verbs that say little without their object ("have", "do"): their objects must be the same word. */
    /** Objects that point back to something named before ("supported them", "did it"): any object of the other side. */
    static final Set<String> REFERENCES = Set.of("it", "them", "that", "this", "those", "these");
    private static final Set<String> LIGHT = Set.of("have", "be", "do", "get", "make", "take", "go", "exist");

    private Compare() {
    }

    /**
     * The strongest relation between any claim of {@code as} and any of {@code bs}; {@code similarObjects} says
     * whether two object phrases name the same things (drones and weapons) when WordNet does not.
     */
    static Verdict compare(List<Claim> as, List<Claim> bs, Judge judge, boolean asserted) {
        Verdict narrowed = null;
        for (Claim a : as) {
            for (Claim b : bs) {
                if (a.conditional() || b.conditional() || hedged(a) || hedged(b)) continue;
                if (asserted && (a.attributedTo() != null || b.attributedTo() != null)) continue;
                if (!judge.sameSubject(a, b)) continue;
                boolean antonyms = antonyms(a, b);
                if (!antonyms && !(sameAct(a, b) || judge.similarPredications(a, b)) || !antonyms && !sameThings(a, b, judge)) continue;
                if (!sameParticipants(a, b) || !overlap(a, b)) continue;
                if ("said".equals(a.denial()) != "said".equals(b.denial())) {
                    if (a.negated() == b.negated()) return new Verdict(Kind.OPPOSED, a, b, "one side denies having said what the record shows was said");
                    continue;
                }
                if (antonyms && a.negated() == b.negated()) {
                    return new Verdict(Kind.OPPOSED, a, b, "“" + a.predicate() + "” and “" + b.predicate() + "” are antonyms (WordNet)");
                }
                if (!antonyms && a.negated() != b.negated()) {
                    return new Verdict(Kind.OPPOSED, a, b, "the same predication is asserted on one side and denied on the other ("
                            + (a.negated() ? b : a).describe() + ")");
                }
                if (!antonyms && !a.negated() && !b.negated()) {
                    String q = incompatibleQuantities(a, b);
                    if (q != null) return new Verdict(Kind.OPPOSED, a, b, "incompatible quantities: " + q);
                }
                if (a.negated() && b.negated() && narrows(b, a)) narrowed = new Verdict(Kind.NARROWED, a, b, "the denial was narrowed to " + String.join(", ", b.scopes()));
            }
        }
        return narrowed;
    }

    /** "may", "might", "could": a possibility asserts nothing. */
    private static boolean hedged(Claim c) {
        return c.modality() != null && Set.of("may", "might", "could").contains(c.modality());
    }

    private static boolean antonyms(Claim a, Claim b) {
        return Lexical.antonyms(bare(a.predicate()), bare(b.predicate()));
    }

    private static boolean sameAct(Claim a, Claim b) {
        String pa = a.predicate(), pb = b.predicate();
        if (pa.equals(pb)) return true;
        if (pa.startsWith("be ") || pb.startsWith("be ") || pa.equals("exist") || pb.equals("exist")) return false;
        return Lexical.sameAct(pa, pb);
    }

    private static String bare(String predicate) {
        return predicate.startsWith("be ") ? predicate.substring(3) : predicate;
    }

    private static boolean sameThings(Claim a, Claim b, Judge judge) {
        if (a.object() != null && REFERENCES.contains(a.object()) || b.object() != null && REFERENCES.contains(b.object())) return true;
        if (a.object() == null || b.object() == null) {
            return a.object() == null && b.object() == null || a.predicate().equals(b.predicate()) && !LIGHT.contains(a.predicate());
        }
        if (LIGHT.contains(a.predicate()) || LIGHT.contains(b.predicate())) return a.object().equals(b.object());
        if (a.object().equals(b.object()) || Lexical.isKindOf(a.object(), b.object()) || Lexical.isKindOf(b.object(), a.object())) return true;
        return judge.similarObjects(a.objectWords(), b.objectWords());
    }

    /** Named others (the receiver, the place) must meet when both sides name some. */
    private static boolean sameParticipants(Claim a, Claim b) {
        if (a.participants().isEmpty() || b.participants().isEmpty()) return true;
        Set<String> x = new HashSet<>(a.participants());
        for (String p : b.participants()) if (x.contains(p)) return true;
        return false;
    }

    /** Whether two claims can speak of one time: tenses meet, and no scope or year sets them apart. */
    static boolean overlap(Claim a, Claim b) {
        boolean tense = a.tense().equals(b.tense()) || a.tense().equals("present") || b.tense().equals("present");
        if (!tense) return false;
        for (String x : a.scopes()) {
            for (String y : b.scopes()) if (apart(x, y)) return false;
        }
        if (!a.times().isEmpty() && !b.times().isEmpty()) {
            for (String t : a.times()) for (String u : b.times()) if (t.startsWith(u) || u.startsWith(t)) return true;
            return false;
        }
        return true;
    }

    /** "before the war" and "after the invasion" are apart; so are "in 2019" and "in 2021". */
    private static boolean apart(String x, String y) {
        String[] px = x.split(" ", 2), py = y.split(" ", 2);
        if (px.length < 2 || py.length < 2) return false;
        if (px[0].equals("in") && py[0].equals("in")) return !px[1].equals(py[1]);
        if (px[0].equals(py[0]) || !sameEvent(px[1], py[1])) return false;
        // before vs after or during: disjoint; after vs during: the same stretch
        return px[0].equals("before") || py[0].equals("before");
    }

    static boolean sameEvent(String x, String y) {
        Set<String> wx = Set.of(x.split(" ")), wy = Set.of(y.split(" "));
        for (String w : wx) if (wy.contains(w)) return true;
        String hx = x.substring(x.lastIndexOf(' ') + 1), hy = y.substring(y.lastIndexOf(' ') + 1);
        return Lexical.sameKind(hx, hy);
    }

    /** The later denial covers part of the earlier blanket one: it has a scope the earlier lacks. */
    private static boolean narrows(Claim later, Claim earlier) {
        return earlier.scopes().isEmpty() && !later.scopes().isEmpty();
    }

    private static String incompatibleQuantities(Claim a, Claim b) {
        for (String x : a.quantities()) {
            for (String y : b.quantities()) {
                String[] px = x.split(" ", 2), py = y.split(" ", 2);
                if (px.length < 2 || py.length < 2 || !px[1].equals(py[1]) || px[1].isEmpty()) continue;
                try {
                    double vx = Double.parseDouble(px[0]), vy = Double.parseDouble(py[0]);
                    if (Math.abs(vx - vy) > 0.1 * Math.max(Math.abs(vx), Math.abs(vy))) return x + " against " + y;
                } catch (NumberFormatException e) {
                    // a number in words: compared only when written the same way
                }
            }
        }
        return null;
    }
}

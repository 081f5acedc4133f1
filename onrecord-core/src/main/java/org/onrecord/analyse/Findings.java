package org.onrecord.analyse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Ids;
import org.onrecord.model.Statement;

/**
 * Compares claims pairwise. One speaker asserting and denying the same transfer over overlapping time is a
 * contradiction; a blanket denial later narrowed to part of the time is a shift; two officials of one state
 * on opposite sides is a colleague inconsistency; a third party asserting what the giver's side denies is a
 * dispute. A narrower claim on the other side of an event ("before the war" / "for use in the war") is
 * consistent and flags nothing.
 */
final class Findings {
    private final Map<String, Document> docs;
    private final Map<String, String> countryOf;
    private final List<Finding> out = new ArrayList<>();

    Findings(Map<String, Document> docs, Map<String, String> countryOf) {
        this.docs = docs;
        this.countryOf = countryOf;
    }

    List<Finding> compare(List<Claim> claims) {
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparing((Claim c) -> Dated.date(c.statement(), docs), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.statement().id()));
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                pair(ordered.get(i), ordered.get(j));
            }
        }
        return out;
    }

    private void pair(Claim a, Claim b) {
        Statement sa = a.statement(), sb = b.statement();
        if (sa.group() != null && sa.group().equals(sb.group())) return;
        if (!a.sameTopic(b) || !sameItems(a, b)) return;
        String speakerA = sa.speaker(), speakerB = sb.speaker();
        if (speakerA == null || speakerB == null) return;
        boolean opposite = a.positive() != b.positive();
        if (speakerA.equals(speakerB)) {
            if (opposite && a.overlaps(b) && !sa.doc().equals(sb.doc())) {
                add("contradiction", a, b, Reasons.contradiction(a, b, docs));
            } else if (!a.positive() && !b.positive() && b.scope().narrows(a.scope()) && a.overlaps(b) && !sa.doc().equals(sb.doc())
                    && Dated.date(sa, docs) != null && Dated.date(sb, docs) != null) {
                add("shift", a, b, Reasons.shift(a, b, docs));
            }
            return;
        }
        String ca = countryOf.get(speakerA), cb = countryOf.get(speakerB);
        if (opposite && a.overlaps(b) && ca != null && ca.equals(cb) && isOfficial(speakerA) && isOfficial(speakerB)) {
            add("colleague_inconsistency", a, b, Reasons.colleagues(a, b, docs));
            return;
        }
        if (opposite && a.overlaps(b)) {
            Claim claim = a.positive() ? a : b, denial = a.positive() ? b : a;
            String claimant = countryOf.get(claim.statement().speaker()), denier = countryOf.get(denial.statement().speaker());
            if (Objects.equals(denier, claim.actor()) && !Objects.equals(claimant, claim.actor())) {
                add("disputed", claim, denial, Reasons.disputed(claim, denial, docs));
            }
        }
    }

    /**
     * Two named kinds of weapon must be of one class (shells and artillery are ammunition; rockets and missiles
     * are missiles); "weapons" or "arms" covers every class.
     */
    private static boolean sameItems(Claim a, Claim b) {
        if (a.item() == null || b.item() == null) return true;
        String x = itemClass(a.item()), y = itemClass(b.item());
        return x.equals(y) || x.equals("weapon") || y.equals("weapon");
    }

    static String itemClass(String item) {
        String l = item.toLowerCase(java.util.Locale.ROOT);
        if (l.matches("weapons?|arms?|weaponry|armaments?|military equipment")) return "weapon";
        if (l.matches("ammunition|munitions?|shells?|artillery|rounds?|bullets?|cartridges?")) return "ammunition";
        if (l.matches("missiles?|rockets?")) return "missile";
        if (l.matches("drones?|uavs?|unmanned aircraft")) return "drone";
        if (l.matches("(fighter )?jets?|warplanes?")) return "aircraft";
        if (l.matches("guns?|rifles?")) return "gun";
        return l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
    }

    private boolean isOfficial(String speaker) {
        return countryOf.containsKey(speaker) && speaker.split("\\s+").length >= 2 && !speaker.matches("(?i).*\\b(officials|sources|report|assessment|and)\\b.*");
    }

    private final java.util.Set<String> seen = new java.util.HashSet<>();

    private void add(String type, Claim a, Claim b, String reason) {
        // One finding per pair of articles and speakers: an article that reports the same words as a quotation and
        // as reported speech (or quotes a denial twice) says one thing, and one finding shows it.
        Statement sa = a.statement(), sb = b.statement();
        // A dispute is kept per claim (each third-party report is its own evidence) and per denying article.
        String left = type.equals("disputed") ? sa.id() : sa.doc() + "|" + sa.speaker();
        if (!seen.add(type + "|" + left + "|" + sb.doc() + "|" + sb.speaker())) return;
        String id = Ids.of("f-" + type.charAt(0) + "-", type, a.statement().id(), b.statement().id());
        out.add(new Finding(id, type, a.statement().id(), b.statement().id(), reason, a.topic()));
    }
}

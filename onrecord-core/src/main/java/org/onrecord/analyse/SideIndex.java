package org.onrecord.analyse;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.annotate.Countries;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * Which sides a statement stands on and which it names: its speaker and the bodies the speaker belongs to
 * ({@link Affiliations}); and the countries, bodies and known people its words name ("Iran", "the Treasury",
 * "Brannick"), since a third party's claim names whom it is about. Candidate pairs meet through these keys.
 */
final class SideIndex {
    private final Affiliations affiliations;
    /** A body's or a person's last word, as it names them in running text ("treasury", "brannick"). */
    private final Map<String, String> named = new HashMap<>();

    SideIndex(List<Person> people, List<Statement> statements) {
        this.affiliations = new Affiliations(people, statements);
        for (String body : affiliations.bodies()) {
            String last = lastWord(body.substring(5));
            if (!last.isEmpty()) named.putIfAbsent(last, body);
        }
        for (Person p : people) {
            String name = p.name().toLowerCase(Locale.ROOT).strip();
            if (name.contains(" ")) named.putIfAbsent(lastWord(name), "person:" + p.name());
        }
    }

    Affiliations affiliations() {
        return affiliations;
    }

    /** The speaker and the bodies the speaker belongs to. */
    Set<String> speakerSides(Statement s) {
        String sp = speaker(s);
        if (sp == null) return Set.of();
        Set<String> out = new LinkedHashSet<>(affiliations.keys(sp));
        out.add("person:" + sp);
        return out;
    }

    /** The sides the statement's words name. */
    Set<String> namedSides(Statement s) {
        Set<String> out = new LinkedHashSet<>();
        for (var c : Countries.all(s.text())) out.add("country:" + c.code());
        for (String w : s.text().split("[^\\p{L}\\p{N}'’-]+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            String k = named.get(w.toLowerCase(Locale.ROOT).replaceAll("[’']s$", ""));
            if (k != null) out.add(k);
        }
        return out;
    }

    /**
     * Two speakers of rival parties ("a Republican senator", "a Democratic governor"): whatever country or chamber they
     * share, they are opponents, not colleagues. A party is a body key WordNet knows as a political party or its member.
     */
    boolean opposed(Statement a, Statement b) {
        java.util.Set<String> pa = parties(speaker(a)), pb = parties(speaker(b));
        return !pa.isEmpty() && !pb.isEmpty() && java.util.Collections.disjoint(pa, pb);
    }

    private java.util.Set<String> parties(String speaker) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String k : affiliations.keys(speaker)) {
            if (k.startsWith("body:") && Lexical.isParty(lastWord(k.substring(5)))) out.add(k);
        }
        return out;
    }

    /** A speaker that names someone: not a bare determiner or pronoun left by extraction. */
    static String speaker(Statement s) {
        String n = s.speaker();
        if (n == null || !n.matches(".*\\p{Lu}.*") || n.matches("(?i)the|a|an|this|that|these|those|it|he|she|they|we|i")) return null;
        return n;
    }

    static String lastWord(String text) {
        String[] w = text.strip().split("\\s+");
        return w.length == 0 ? "" : w[w.length - 1];
    }
}

package org.onrecord.analyse;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * Who a claim's subject is, as a set of keys, so that two claims are about the same subject when their sets
 * meet: "I" is the speaker; "we" the speaker and every body the speaker belongs to (country, government,
 * party); in reported speech ("he said he had not ...") "he", "she" and "they" are the speaker, as they are
 * in the great majority of such clauses; a name is the person it names (full name, alias or surname of a
 * person the run knows) and the body of that name; a country is its ISO key.
 */
final class Sides {
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "rep.",
            "gov.", "president", "senator", "governor", "secretary", "minister", "prime", "the");
    private final Affiliations affiliations;
    /** Lower-case alias or unambiguous surname -> canonical name. */
    private final Map<String, String> names = new HashMap<>();

    Sides(Affiliations affiliations, List<Person> people) {
        this.affiliations = affiliations;
        Map<String, String> surnames = new HashMap<>();
        for (Person p : people) {
            for (String alias : p.aliases()) names.put(alias.toLowerCase(Locale.ROOT), p.name());
            names.put(p.name().toLowerCase(Locale.ROOT), p.name());
            String last = Findings.lastWord(p.name().toLowerCase(Locale.ROOT));
            if (!last.isEmpty()) surnames.merge(last, p.name(), (x, y) -> x.equals(y) ? x : "");
        }
        surnames.forEach((k, v) -> {
            if (!v.isEmpty()) names.putIfAbsent(k, v);
        });
    }

    /** The keys a claim's subject stands for in statement {@code s}; empty when unknown. */
    Set<String> of(String subject, Statement s) {
        Set<String> out = new LinkedHashSet<>();
        String speaker = Findings.speaker(s);
        if (subject == null || subject.equals("someone")) return out;
        boolean reported = s.kind() != Statement.Kind.DIRECT;
        switch (subject) {
            case "i" -> addSpeaker(out, speaker, false);
            case "we" -> addSpeaker(out, speaker, true);
            case "he", "she" -> {
                if (reported) addSpeaker(out, speaker, false);
            }
            case "they" -> {
                if (reported) addSpeaker(out, speaker, true);
            }
            default -> {
                out.add(subject);
                if (subject.startsWith("country:")) return out;
                out.add("body:" + subject);
                String name = person(subject);
                if (name != null) out.add("person:" + name);
            }
        }
        return out;
    }

    private void addSpeaker(Set<String> out, String speaker, boolean withSides) {
        if (speaker == null) return;
        out.add("person:" + speaker);
        if (!withSides) return;
        for (String k : affiliations.keys(speaker)) {
            out.add(k);
            if (k.startsWith("body:")) out.add(k.substring(5));
        }
    }

    /** The person a name names: an alias or surname of someone the run knows, honorifics aside ("Mr. Assange"). */
    private String person(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        if (w.isEmpty()) return null;
        String[] parts = w.split("\\s+");
        int i = 0;
        while (i < parts.length - 1 && HONORIFICS.contains(parts[i])) i++;
        String bare = String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length));
        String found = names.get(bare);
        return found != null ? found : names.get(parts[parts.length - 1]);
    }

    /** Whether the two subjects meet. */
    boolean same(String subjectA, Statement a, String subjectB, Statement b) {
        Set<String> x = of(subjectA, a);
        for (String k : of(subjectB, b)) if (x.contains(k)) return true;
        return false;
    }
}

package org.onrecord.resolve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * The resolve stage, across documents: one person per set of surface forms (spellings, misspellings,
 * surnames alone), every alias kept; speakers renamed to the person's canonical name; and the reports of
 * one statement in several outlets linked by a shared group id. Plain functions over extracted records.
 */
public final class Resolve {
    /** What resolve derives: the people, and the statements with canonical speakers and groups. */
    public record Result(List<Person> people, List<Statement> statements) {
    }

    /** A name seen somewhere, with the roles given to it there. */
    public record Seen(String name, List<String> roles) {
    }

    private Resolve() {
    }

    public static Result resolve(List<Statement> statements, List<Seen> named) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new HashMap<>();
        for (Seen s : named) {
            counts.merge(s.name(), 1, Integer::sum);
            roles.computeIfAbsent(s.name(), k -> new LinkedHashSet<>()).addAll(s.roles());
        }
        for (Statement s : statements) {
            if (s.speaker() != null) counts.merge(s.speaker(), 1, Integer::sum);
        }
        List<List<String>> clusters = cluster(counts);
        Map<String, String> canonical = new HashMap<>();
        List<Person> people = new ArrayList<>();
        for (List<String> c : clusters) {
            String name = c.stream().filter(n -> NameKey.tokens(n) >= 2)
                    .max(Comparator.<String>comparingInt(counts::get).thenComparingInt(String::length))
                    .orElse(c.get(0));
            Set<String> aliases = new LinkedHashSet<>(c);
            Set<String> r = new LinkedHashSet<>();
            for (String n : c) {
                canonical.put(n, name);
                r.addAll(roles.getOrDefault(n, Set.of()));
            }
            for (Statement s : statements) {
                if (s.speaker() != null && c.contains(s.speaker()) && s.speakerMention() != null
                        && !s.speakerMention().matches("(?i)he|she|they|it|we|i")) {
                    aliases.add(s.speakerMention());
                }
            }
            people.add(new Person("p-" + UUID.nameUUIDFromBytes(NameKey.of(name).getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8),
                    name, List.copyOf(aliases), List.copyOf(r)));
        }
        people.sort(Comparator.comparing(Person::name));
        List<Statement> renamed = new ArrayList<>();
        for (Statement s : statements) {
            renamed.add(s.speaker() == null ? s : s.withSpeaker(canonical.getOrDefault(s.speaker(), s.speaker())));
        }
        return new Result(people, StatementGroups.link(renamed));
    }

    /** Full names first (merging spellings), then each surname alone to the one full name it ends. */
    static List<List<String>> cluster(Map<String, Integer> counts) {
        List<List<String>> clusters = new ArrayList<>();
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.comparingInt(NameKey::tokens).reversed().thenComparing(Comparator.comparingInt(String::length).reversed()));
        for (String n : names) {
            if (NameKey.tokens(n) < 2) continue;
            List<String> home = null;
            for (List<String> c : clusters) {
                if (c.stream().anyMatch(m -> NameKey.samePerson(m, n))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(n);
        }
        for (String n : names) {
            if (NameKey.tokens(n) >= 2) continue;
            List<List<String>> homes = clusters.stream()
                    .filter(c -> c.stream().anyMatch(m -> NameKey.tokens(m) >= 2 && NameKey.surnameOf(n, m))).toList();
            if (homes.size() == 1) {
                homes.get(0).add(n);
            } else {
                List<String> own = clusters.stream().filter(c -> c.stream().anyMatch(m -> NameKey.of(m).equals(NameKey.of(n)))).findFirst().orElse(null);
                if (own == null) {
                    own = new ArrayList<>();
                    clusters.add(own);
                }
                own.add(n);
            }
        }
        return clusters;
    }
}

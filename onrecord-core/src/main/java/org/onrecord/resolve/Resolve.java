package org.onrecord.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onrecord.model.Ids;
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

    /** A name seen somewhere, with the roles given to it there and what it named (Person.PERSON, ORGANISATION or GROUP). */
    public record Seen(String name, List<String> roles, String kind) {
        public Seen(String name, List<String> roles) {
            this(name, roles, null);
        }
    }

    private Resolve() {
    }

    public static Result resolve(List<Statement> statements, List<Seen> named) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new HashMap<>();
        Map<String, Map<String, Integer>> kinds = new HashMap<>();
        for (Seen s : named) {
            counts.merge(s.name(), 1, Integer::sum);
            roles.computeIfAbsent(s.name(), k -> new LinkedHashSet<>()).addAll(s.roles());
            if (s.kind() != null) kinds.computeIfAbsent(s.name(), k -> new java.util.TreeMap<>()).merge(s.kind(), 1, Integer::sum);
        }
        for (Statement s : statements) {
            if (s.speaker() != null) counts.merge(s.speaker(), 1, Integer::sum);
        }
        List<List<String>> clusters = cluster(counts);
        Map<String, String> canonical = new HashMap<>();
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String n : clusters.get(i)) clusterOf.put(n, i);
        }
        // the words naming each cluster's speaker in its statements, in statement order
        List<Set<String>> mentions = new ArrayList<>();
        clusters.forEach(c -> mentions.add(new LinkedHashSet<>()));
        for (Statement s : statements) {
            Integer c = s.speaker() == null ? null : clusterOf.get(s.speaker());
            if (c != null && s.speakerMention() != null && !s.speakerMention().matches("(?i)he|she|they|it|we|i")) {
                mentions.get(c).add(s.speakerMention());
            }
        }
        List<Person> people = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < clusters.size(); i++) {
            List<String> c = clusters.get(i);
            String name = c.stream().filter(n -> NameKey.tokens(n) >= 2)
                    .max(Comparator.<String>comparingInt(counts::get).thenComparingInt(String::length))
                    .orElse(c.get(0));
            Set<String> aliases = new LinkedHashSet<>(c);
            Set<String> r = new LinkedHashSet<>();
            for (String n : c) {
                canonical.put(n, name);
                r.addAll(roles.getOrDefault(n, Set.of()));
            }
            aliases.addAll(mentions.get(i));
            String id = Ids.of("p-", NameKey.of(name));
            // two people may share a written name (namesakes kept apart): their ids must still differ
            String base = id;
            for (int k = 2; !ids.add(id); k++) id = base + "-" + k;
            people.add(new Person(id, name, List.copyOf(aliases), List.copyOf(r), kind(c, kinds)));
        }
        people.sort(Comparator.comparing(Person::name));
        List<Statement> renamed = new ArrayList<>();
        for (Statement s : statements) {
            renamed.add(s.speaker() == null ? s : s.withSpeaker(canonical.getOrDefault(s.speaker(), s.speaker())));
        }
        return new Result(people, StatementGroups.link(renamed));
    }

    /**
     * The kind most documents gave the cluster's names (ties: person, then organisation, then group); a name no
     * document listed (a speaker named only by a description, "Democratic lawmakers") is a group when written in
     * lower case, else a person.
     */
    private static String kind(List<String> cluster, Map<String, Map<String, Integer>> kinds) {
        Map<String, Integer> votes = new java.util.TreeMap<>();
        for (String n : cluster) kinds.getOrDefault(n, Map.of()).forEach((k, v) -> votes.merge(k, v, Integer::sum));
        if (votes.isEmpty()) {
            String n = cluster.get(0);
            return Character.isLowerCase(n.charAt(0)) ? Person.GROUP : Person.PERSON;
        }
        List<String> order = List.of(Person.PERSON, Person.ORGANISATION, Person.GROUP);
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -order.indexOf(e.getKey())))
                .map(Map.Entry::getKey).orElse(Person.PERSON);
    }

    /**
     * Full names first (merging spellings), then each surname alone to the one full name it ends. Candidates
     * are found through two indexes (the key's last five letters; the given name), so a crawl's thousands of
     * names are not compared pairwise.
     */
    static List<List<String>> cluster(Map<String, Integer> counts) {
        List<List<String>> clusters = new ArrayList<>();
        Map<String, List<List<String>>> bySuffix = new HashMap<>(), byFirst = new HashMap<>();
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.comparingInt(NameKey::tokens).reversed().thenComparing(Comparator.comparingInt(String::length).reversed()));
        for (String n : names) {
            if (NameKey.tokens(n) < 2) continue;
            List<String> home = null;
            // candidates in the order they were indexed (never by identity hash, which differs from run to run)
            List<List<String>> candidates = new ArrayList<>();
            bySuffix.getOrDefault(suffix(n), List.of()).forEach(c -> addOnce(candidates, c));
            byFirst.getOrDefault(first(n), List.of()).forEach(c -> addOnce(candidates, c));
            for (List<String> c : candidates) {
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
            List<String> h = home;
            addIndex(bySuffix, suffix(n), h);
            addIndex(byFirst, first(n), h);
        }
        Map<String, List<List<String>>> byLast = new HashMap<>();
        for (List<String> c : clusters) {
            for (String m : c) addIndex(byLast, lastWord(m), c);
        }
        Map<String, List<String>> singles = new HashMap<>();
        for (String n : names) {
            if (NameKey.tokens(n) >= 2) continue;
            List<List<String>> homes = new ArrayList<>();
            for (Map.Entry<String, List<List<String>>> e : candidatesFor(byLast, n)) {
                for (List<String> c : e.getValue()) {
                    if (c.stream().anyMatch(m -> NameKey.tokens(m) >= 2 && NameKey.surnameOf(n, m))) addOnce(homes, c);
                }
            }
            if (homes.size() == 1) {
                homes.get(0).add(n);
            } else {
                List<String> own = singles.computeIfAbsent(NameKey.of(n), k -> {
                    List<String> fresh = new ArrayList<>();
                    clusters.add(fresh);
                    return fresh;
                });
                own.add(n);
            }
        }
        return clusters;
    }

    /** Index entries whose last word could be the surname {@code n}: the same, or one of similar length (misspellings). */
    private static List<Map.Entry<String, List<List<String>>>> candidatesFor(Map<String, List<List<String>>> byLast, String n) {
        String k = NameKey.of(n);
        List<Map.Entry<String, List<List<String>>>> out = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> e : byLast.entrySet()) {
            String last = e.getKey();
            if (last.endsWith(k) || k.length() >= 6 && Math.abs(last.length() - k.length()) <= 2 && last.charAt(0) == k.charAt(0)) out.add(e);
        }
        return out;
    }

    private static void addIndex(Map<String, List<List<String>>> index, String key, List<String> cluster) {
        addOnce(index.computeIfAbsent(key, k -> new ArrayList<>()), cluster);
    }

    /** Adds a cluster to a list unless that very cluster is in it (clusters are compared by identity, not contents). */
    private static void addOnce(List<List<String>> clusters, List<String> cluster) {
        if (clusters.stream().noneMatch(c -> c == cluster)) clusters.add(cluster);
    }

    private static String suffix(String name) {
        String k = NameKey.of(name);
        return k.length() <= 5 ? k : k.substring(k.length() - 5);
    }

    private static String first(String name) {
        return NameKey.first(name);
    }

    private static String lastWord(String name) {
        String[] w = name.strip().split("\\s+");
        return NameKey.of(w[w.length - 1]);
    }
}

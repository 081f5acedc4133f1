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
        // every name as written, and its bare form ("President Trump", "Mr. Trump’s" -> "Trump"): people are clustered by
        // their bare forms, and every written form stays an alias
        Map<String, String> bare = new HashMap<>();
        Map<String, Integer> written = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new HashMap<>();
        Map<String, Map<String, Integer>> kinds = new HashMap<>();
        for (Seen s : named) {
            written.merge(s.name(), 1, Integer::sum);
            roles.computeIfAbsent(s.name(), k -> new LinkedHashSet<>()).addAll(s.roles());
            if (s.kind() != null) kinds.computeIfAbsent(s.name(), k -> new java.util.TreeMap<>()).merge(s.kind(), 1, Integer::sum);
        }
        for (Statement s : statements) {
            if (s.speaker() != null) written.merge(s.speaker(), 1, Integer::sum);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        Map<String, Map<String, Integer>> bareKinds = new HashMap<>();
        for (Map.Entry<String, Integer> w : written.entrySet()) {
            String b = bareName(w.getKey());
            bare.put(w.getKey(), b);
            counts.merge(b, w.getValue(), Integer::sum);
            forms.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(w.getKey());
            kinds.getOrDefault(w.getKey(), Map.of()).forEach((k, v) -> bareKinds.computeIfAbsent(b, x -> new java.util.TreeMap<>()).merge(k, v, Integer::sum));
        }
        Map<String, String> genders = new HashMap<>();
        for (Map.Entry<String, Set<String>> f : forms.entrySet()) {
            Set<String> told = new java.util.HashSet<>();
            for (String w : f.getValue()) {
                String g = org.onrecord.extract.Names.gender(w);
                if (g != null) told.add(g);
            }
            if (told.size() == 1) genders.put(f.getKey(), told.iterator().next());
        }
        List<List<String>> clusters = cluster(counts, genders, bareKinds);
        Map<String, String> canonical = new HashMap<>();
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String n : clusters.get(i)) clusterOf.put(n, i);
        }
        // the words naming each cluster's speaker in its statements, in statement order
        List<Set<String>> mentions = new ArrayList<>();
        clusters.forEach(c -> mentions.add(new LinkedHashSet<>()));
        for (Statement s : statements) {
            Integer c = s.speaker() == null ? null : clusterOf.get(bare.get(s.speaker()));
            if (c != null && aliasLike(s.speakerMention())) mentions.get(c).add(s.speakerMention().strip());
        }
        List<Person> people = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < clusters.size(); i++) {
            List<String> c = clusters.get(i);
            String name = c.stream().filter(n -> NameKey.tokens(n) >= 2)
                    .max(Comparator.<String>comparingInt(counts::get).thenComparingInt(String::length))
                    .orElse(c.get(0));
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> r = new LinkedHashSet<>();
            Map<String, Map<String, Integer>> clusterKinds = new HashMap<>();
            for (String n : c) {
                aliases.add(n);
                for (String w : forms.getOrDefault(n, Set.of(n))) {
                    aliases.add(w);
                    canonical.put(w, name);
                    r.addAll(roles.getOrDefault(w, Set.of()));
                }
                if (bareKinds.containsKey(n)) clusterKinds.put(n, bareKinds.get(n));
            }
            aliases.addAll(mentions.get(i));
            String id = Ids.of("p-", NameKey.of(name));
            // two people may share a written name (namesakes kept apart): their ids must still differ
            String base = id;
            for (int k = 2; !ids.add(id); k++) id = base + "-" + k;
            people.add(new Person(id, name, List.copyOf(aliases), List.copyOf(r), kind(c, clusterKinds)));
        }
        people.sort(Comparator.comparing(Person::name));
        List<Statement> renamed = new ArrayList<>();
        for (Statement s : statements) {
            renamed.add(s.speaker() == null ? s : s.withSpeaker(canonical.getOrDefault(s.speaker(), s.speaker())));
        }
        return new Result(people, StatementGroups.link(renamed));
    }

    /** The name without its title or possessive ("President Trump", "Mr. Trump’s": "Trump"), as extract splits names. */
    static String bareName(String name) {
        String b = org.onrecord.extract.Names.bare(name);
        if (b == null || b.isBlank()) return name;
        // "Mrs. Vale" keeps the honorific that tells whom of the Vales it names
        if (NameKey.tokens(b) == 1 && org.onrecord.extract.Names.gender(name) != null) return POSSESSIVE_END.matcher(name.strip()).replaceFirst("");
        return b;
    }

    private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("(?<=\\p{L})(?:[’']s|[’'])$");

    /**
     * A speaker mention worth keeping as an alias: a name or a short description ("the foreign minister"), not a
     * pronoun, a relative pronoun or a clause the source span ran into ("... revealed on 24 October that Tehran").
     */
    static boolean aliasLike(String mention) {
        if (mention == null) return false;
        String m = mention.strip().replaceAll(",$", "");
        if (m.isEmpty() || m.matches("(?i)he|she|they|it|we|i|who|which|someone|others|some|many|most|several|both|another")) return false;
        if (m.contains(",") || m.contains("“") || m.contains("\"")) return false;
        // "Mr. Vale’s supporters", "Vale’s lawyer": someone else, named after the possessor
        if (m.matches("(?s).*[’']s\\s+\\S.*")) return false;
        String[] w = m.split("\\s+");
        if (w.length > 6) return false;
        // a lower-case word that is no determiner, preposition or adjective-like modifier after a capitalised name: a clause
        for (String x : w) if (x.matches("that|which|who|whom|whose|when|while|because|said|says|told|revealed|made|and")) return false;
        return true;
    }

    /**
     * The kind most documents gave the cluster's names (ties: person, then organisation, then group); a name no
     * document listed (a speaker named only by a description, "Democratic lawmakers") is a group when written in
     * lower case or when it joins names ("Moscow and Tehran"), an organisation when it is a country (a state speaks
     * as its government), else a person.
     */
    private static String kind(List<String> cluster, Map<String, Map<String, Integer>> kinds) {
        Map<String, Integer> votes = new java.util.TreeMap<>();
        for (String n : cluster) kinds.getOrDefault(n, Map.of()).forEach((k, v) -> votes.merge(k, v, Integer::sum));
        if (votes.isEmpty()) return unlistedKind(cluster.get(0));
        List<String> order = List.of(Person.PERSON, Person.ORGANISATION, Person.GROUP);
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -order.indexOf(e.getKey())))
                .map(Map.Entry::getKey).orElse(Person.PERSON);
    }

    private static String unlistedKind(String n) {
        if (Character.isLowerCase(n.charAt(0)) || n.matches(".*\\S\\s+(?:and|&)\\s+\\S.*")) return Person.GROUP;
        if (org.onrecord.annotate.Countries.of(n) != null) return Person.ORGANISATION;
        return Person.PERSON;
    }

    /** The kind the documents gave a name most often, or null when none did. */
    private static String votedKind(String name, Map<String, Map<String, Integer>> kinds) {
        Map<String, Integer> v = kinds.get(name);
        if (v == null || v.isEmpty()) return null;
        return v.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Full names first (merging spellings), then each surname alone to the one full name it ends. Candidates
     * are found through two indexes (the key's last five letters; the given name), so a crawl's thousands of
     * names are not compared pairwise.
     */
    static List<List<String>> cluster(Map<String, Integer> counts) {
        return cluster(counts, Map.of(), Map.of());
    }

    /**
     * As {@link #cluster(Map)}; a surname alone that ends several full names ("Trump": Donald, Melania, Ivanka) joins
     * the one its honorific's gender and its kind agree with, when that one is named at least twice as often as the
     * next: the corpus's "Trump" is the Trump it names most.
     */
    static List<List<String>> cluster(Map<String, Integer> counts, Map<String, String> genders, Map<String, Map<String, Integer>> kinds) {
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
            List<String> home = homes.size() == 1 ? homes.get(0) : null;
            String g = genders.get(n), kd = votedKind(n, kinds);
            if (home != null && !agrees(home, g, kd, genders, kinds)) home = null;
            if (homes.size() > 1) {
                List<List<String>> fitting = new ArrayList<>();
                for (List<String> c : homes) if (agrees(c, g, kd, genders, kinds)) fitting.add(c);
                fitting.sort(Comparator.comparingInt((List<String> c) -> -total(c, counts)));
                if (fitting.size() == 1 || fitting.size() > 1 && total(fitting.get(0), counts) >= 2 * total(fitting.get(1), counts)) {
                    home = fitting.get(0);
                }
            }
            if (home != null) {
                home.add(n);
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

    private static int total(List<String> cluster, Map<String, Integer> counts) {
        int t = 0;
        for (String n : cluster) t += counts.getOrDefault(n, 0);
        return t;
    }

    /** Whether a cluster's full names agree with a single name's gender and kind (either unknown agrees). */
    private static boolean agrees(List<String> cluster, String gender, String kind, Map<String, String> genders,
            Map<String, Map<String, Integer>> kinds) {
        for (String m : cluster) {
            if (NameKey.tokens(m) < 2) continue;
            String g = genders.get(m), k = votedKind(m, kinds);
            if (gender != null && g != null && !gender.equals(g)) return false;
            if (kind != null && k != null && !kind.equals(k)) return false;
        }
        return true;
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

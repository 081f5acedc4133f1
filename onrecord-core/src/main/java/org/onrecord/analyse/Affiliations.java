package org.onrecord.analyse;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.annotate.Countries;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * Who belongs to which government, party, campaign, company or team, from the roles and descriptions the
 * articles give ("Iran's foreign minister", "spokesman for the Treasury", "a Republican senator", "US
 * officials"). A country (by name or demonym, {@link Countries}) is one key; any other proper name in a role
 * is another ("Treasury", "Republican"), so two people sharing a key are colleagues. Title words of offices
 * ("Foreign Minister", "Senator") name no body and are left out.
 */
final class Affiliations {
    /** Capitalised words of titles and offices: they say what a person is, not whom they belong to. */
    private static final Set<String> TITLE_WORDS = Set.of("minister", "foreign", "defence", "defense", "interior", "finance",
            "prime", "deputy", "vice", "president", "secretary", "senator", "sen", "rep", "representative", "congressman",
            "congresswoman", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chief", "general", "attorney", "governor",
            "mayor", "director", "chairman", "chairwoman", "chair", "leader", "head", "official", "officials", "adviser", "advisor",
            "state", "former", "acting", "senior", "top", "the", "a", "an", "of", "for", "at", "and", "mr", "mrs", "ms", "dr",
            "sir", "lord", "lady", "king", "queen", "prince", "commander", "colonel", "major", "captain", "lt", "gen",
            "justice", "judge", "speaker", "majority", "minority", "whip", "press", "national", "security", "council",
            "executive", "ceo", "cfo", "founder", "coach", "manager", "candidate", "nominee", "member", "staff", "aide",
            "envoy", "diplomat", "counsel", "analyst", "economist", "professor", "un", "u.n.", "house", "white");
    private static final Pattern PROPER = Pattern.compile("\\b\\p{Lu}[\\p{L}.’'-]*(?:\\s+(?:of\\s+|for\\s+|the\\s+)?\\p{Lu}[\\p{L}.’'-]*)*");

    private final Map<String, Set<String>> keys = new HashMap<>();

    Affiliations(List<Person> people, List<Statement> statements) {
        for (Person p : people) {
            Set<String> k = keys.computeIfAbsent(p.name(), x -> new LinkedHashSet<>());
            for (String role : p.roles()) k.addAll(of(role));
        }
        for (Statement s : statements) {
            if (s.speaker() == null) continue;
            Set<String> k = keys.computeIfAbsent(s.speaker(), x -> new LinkedHashSet<>());
            if (k.isEmpty()) {
                // "US officials", "Iran and Russia": a group named by its country
                Countries.Country c = Countries.in(s.speaker());
                if (c != null) k.add("country:" + c.code());
            }
            if (s.speakerMention() != null && !s.speakerMention().equals(s.speaker())) k.addAll(of(s.speakerMention()));
        }
        // a person's own name, or a pronoun left in a mention, names no body
        for (Person p : people) {
            Set<String> k = keys.get(p.name());
            // the canonical name's words and each alias's last word (aliases carry titles: "Valdorian Foreign Minister X")
            Set<String> own = new java.util.HashSet<>(List.of(p.name().toLowerCase(Locale.ROOT).split("[\\s-]+")));
            for (String alias : p.aliases()) {
                String[] w = alias.toLowerCase(Locale.ROOT).strip().split("[\\s-]+");
                if (w.length > 0) own.add(w[w.length - 1]);
            }
            k.removeIf(x -> x.startsWith("body:") && own.containsAll(List.of(x.substring(5).split("[\\s-]+"))));
        }
        for (Map.Entry<String, Set<String>> e : keys.entrySet()) {
            Set<String> own = new java.util.HashSet<>(List.of(e.getKey().toLowerCase(Locale.ROOT).split("[\\s-]+")));
            e.getValue().removeIf(x -> x.startsWith("body:") && (own.containsAll(List.of(x.substring(5).split("[\\s-]+")))
                    || PRONOUNS.contains(x.substring(5))));
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "both", "all", "who", "his", "her", "their");

    /** The bodies a role or description names. */
    static Set<String> of(String role) {
        Set<String> out = new LinkedHashSet<>();
        Countries.Country c = Countries.in(role);
        if (c != null) out.add("country:" + c.code());
        Matcher m = PROPER.matcher(role);
        while (m.find()) {
            StringBuilder name = new StringBuilder();
            for (String w : m.group().split("\\s+")) {
                String l = w.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("[.]$", "");
                if (TITLE_WORDS.contains(l) || Countries.of(w) != null) {
                    if (name.length() > 0) break;
                    continue;
                }
                name.append(name.length() == 0 ? "" : " ").append(l);
            }
            if (name.length() > 1 && Countries.in(name.toString()) == null) out.add("body:" + name);
        }
        return out;
    }

    /** Every body key of every speaker ("body:treasury"), for finding the bodies a text names. */
    Set<String> bodies() {
        Set<String> out = new java.util.TreeSet<>();
        for (Set<String> k : keys.values()) for (String x : k) if (x.startsWith("body:")) out.add(x);
        return out;
    }

    /** The bodies a speaker belongs to ("country:IR", "body:treasury"). */
    Set<String> keys(String speaker) {
        return speaker == null ? Set.of() : keys.getOrDefault(speaker, Set.of());
    }

    /** The key that "we" stands for in a speaker's words: the speaker's country, else the first body named. */
    String side(String speaker) {
        Set<String> k = keys.getOrDefault(speaker, Set.of());
        for (String x : k) if (x.startsWith("country:")) return x;
        return k.isEmpty() ? null : k.iterator().next();
    }

    /** Two speakers of one body: the same country's officials, one party's senators, one company's managers. */
    String shared(String a, String b) {
        if (a == null || b == null || a.equals(b)) return null;
        Set<String> ka = keys.getOrDefault(a, Set.of()), kb = keys.getOrDefault(b, Set.of());
        for (String k : ka) if (kb.contains(k)) return k;
        return null;
    }

    /** Whether a speaker speaks for a side: is it, or belongs to it. */
    boolean speaksFor(String speaker, String side) {
        if (speaker == null || side == null) return false;
        if (keys.getOrDefault(speaker, Set.of()).contains(side)) return true;
        Countries.Country c = Countries.of(speaker);
        return c != null && side.equals("country:" + c.code()) || side.equals("person:" + speaker);
    }

    static String describe(String key) {
        if (key.startsWith("country:")) {
            String code = key.substring(8);
            return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        }
        String body = key.replaceFirst("^body:", "");
        StringBuilder out = new StringBuilder();
        for (String w : body.split(" ")) out.append(out.length() == 0 ? "" : " ").append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return out.toString();
    }
}

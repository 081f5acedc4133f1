package org.onrecord.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onrecord.model.Deadline;

/**
 * The people one document names, with the roles it gives them ("Iranian Foreign Minister", "his
 * Ukrainian counterpart"), and the resolution of a mention to one of them: a surname to the full name,
 * "he" to the last speaker, "the Iranian foreign minister" to the person whose role names Iran.
 */
final class DocumentPeople {
    /** A person named in the document. */
    record Person(String name, Set<String> roles, int firstAt) {
        List<String> nations() {
            List<String> n = new ArrayList<>();
            roles.forEach(r -> n.addAll(Nationality.in(r)));
            return n;
        }
    }

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}’'])" + Mentions.NAMESEQ);
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(
            "(?:the|his|her|its|their|[A-Z][\\p{L}]*[’']s)[ ]+(?:[\\p{L}\\-]+[ ]+){0,5}[\\p{L}]+(?:[ ]+(?:to|of|for)[ ]+(?:the[ ]+)?[A-Z][\\p{L}.]*)?,[ ]*$");
    private static final Pattern APPOSITION_AFTER = Pattern.compile("^,[ ]+((?:the|his|her|its|[A-Z][\\p{L}]*[’']s)[ ]+[^,.;“”\\n]{3,80}),");
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?<![\\p{L}])((?:[a-z][\\p{L}\\-]*[ ]+){0,3}(?:minister|ambassador|spokes\\w+"
            + "|president|leader|secretary|envoy|chief|head|director|commander|general|senator|premier|chancellor|mayor|governor"
            + "|judge|prosecutor|chairman|chairwoman|coach|captain))[ ]+$");
    private static final Set<String> ORG_WORDS = Set.of("agency", "ministry", "news", "times", "post", "council", "nations",
            "union", "republic", "organization", "organisation", "directorate", "university", "party", "committee",
            "department", "office", "house", "court", "bank", "fund", "forces", "army", "guard", "corps", "program",
            "programme", "plan", "agreement", "deal", "treaty", "summit", "war", "crisis", "security", "international",
            "islamic", "national", "united", "federal", "strategic", "communications", "telegraph", "journal", "herald",
            "gazette", "ledger", "wire", "press", "daily", "express", "mail", "institute", "center", "centre", "association",
            "foundation", "group", "company", "inc", "corp", "ltd", "government", "administration", "parliament", "congress",
            "senate", "assembly", "commission", "board", "network", "tv", "radio", "media", "airlines", "state", "states",
            "kingdom", "sea", "ocean", "river", "gulf", "street", "square", "comprehensive", "action", "joint", "day", "week",
            "pacific", "asia", "europe", "africa", "america", "middle", "east", "west", "north", "south", "oana");

    private static final Pattern ROLE_NOUN = Pattern.compile("(?i)\\b(minister|diplomat|official|ambassador|spokes\\w+|president|leader"
            + "|secretary|adviser|advisor|envoy|counterpart|chief|head|director|commander|general|senator|premier|chancellor|king"
            + "|mayor|governor|judge|prosecutor|chairman|chairwoman|executive|founder|deputy|aide)\\b");

    private final String body;
    private final List<Person> people = new ArrayList<>();

    DocumentPeople(String body) {
        this.body = body;
        Matcher m = NAME.matcher(body);
        while (m.find()) {
            Deadline.check();
            Mention mention = Mentions.make(body, m.start(), m.end());
            if (mention.kind() != Mention.Kind.NAME || !looksLikePerson(mention.name())) continue;
            Set<String> roles = new LinkedHashSet<>();
            if (mention.role() != null && (ROLE_NOUN.matcher(mention.role()).find() || !Nationality.in(mention.role()).isEmpty())) {
                roles.add(mention.role());
            }
            Matcher before = APPOSITION_BEFORE.matcher(body.substring(Math.max(0, m.start() - 80), m.start()));
            if (before.find() && ROLE_NOUN.matcher(before.group()).find()) roles.add(before.group().replaceAll(",\\s*$", "").strip());
            // "central bank chief Omar Said": a lower-case title right before the name
            Matcher title = TITLE_BEFORE.matcher(body.substring(Math.max(0, m.start() - 60), m.start()));
            if (title.find()) roles.add(title.group(1));
            Matcher after = APPOSITION_AFTER.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 100)));
            if (after.find()) roles.add(after.group(1).strip());
            add(mention.name(), roles, m.start());
        }
    }

    private void add(String name, Set<String> roles, int at) {
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            if (sameName(p.name(), name)) {
                Set<String> r = new LinkedHashSet<>(p.roles());
                r.addAll(roles);
                String longer = key(name).length() > key(p.name()).length() ? name : p.name();
                people.set(i, new Person(longer, r, p.firstAt()));
                return;
            }
        }
        if (name.split("\\s+").length >= 2) people.add(new Person(name, roles, at));
    }

    static boolean looksLikePerson(String name) {
        String[] words = name.split("\\s+");
        // "Dozens of Iranian", "Islamic Republic of Iran": people's names (titles removed) have no "of"
        if (words.length > 4 || name.contains(" of ")) return false;
        for (String w : words) {
            String k = w.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "");
            if (ORG_WORDS.contains(k) || w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1 || Nationality.of(w) != null && words.length == 1) {
                return false;
            }
        }
        return !name.endsWith("’s") && !name.endsWith("'s");
    }

    List<Person> people() {
        return List.copyOf(people);
    }

    /** Normalised for comparison: lower case without spaces, hyphens, dots or apostrophes. */
    // compiled once: key() runs for every pair of names a document gives (a quarter of all analysis time when compiled per call)
    private static final Pattern KEY_IGNORED = Pattern.compile("[\\s\\-.’']");
    private static final Pattern KEY_HONORIFIC = Pattern.compile("^(mr|mrs|ms|dr)(?=\\p{L}{3})");

    static String key(String name) {
        return KEY_HONORIFIC.matcher(KEY_IGNORED.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("")).replaceFirst("");
    }

    /** One name is the other or ends it at a word boundary (Abdollahian / Hossein Amir Abdollahian). */
    static boolean sameName(String a, String b) {
        String ka = key(a), kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) return false;
        String s = ka.length() <= kb.length() ? ka : kb, l = ka.length() <= kb.length() ? kb : ka;
        return l.endsWith(s) && s.length() >= 4;
    }

    /** The person (or body) a mention names, at body offset {@code at}; null when it cannot be told. */
    String resolve(Mention m, int at, String lastSpeaker) {
        switch (m.kind()) {
            case PRONOUN -> {
                String w = m.text().toLowerCase(Locale.ROOT);
                if (!w.equals("he") && !w.equals("she")) return null;
                if (lastSpeaker != null && isPerson(lastSpeaker)) return lastSpeaker;
                Person recent = recentBefore(at, null);
                return recent == null ? null : recent.name();
            }
            case NAME -> {
                Person best = null;
                for (Person p : people) {
                    if (sameName(p.name(), m.name()) && (best == null || p.firstAt() < at)) best = p;
                }
                return best != null ? best.name() : stripHonorific(m.name());
            }
            default -> {
                return describe(m, at, lastSpeaker);
            }
        }
    }

    private boolean isPerson(String name) {
        return people.stream().anyMatch(p -> p.name().equals(name));
    }

    private String describe(Mention m, int at, String lastSpeaker) {
        String d = m.text();
        String lower = d.toLowerCase(Locale.ROOT);
        if (lower.matches("(?:the|a|an)\\s+(?:[\\p{L}\\-]+\\s+){0,3}(daily|newspaper|paper|outlet|broadcaster|agency|website|magazine|network|channel"
                + "|report|poll|survey|study|statement|letter|ruling|assessment|analysis|review|audit|document|memo|transcript|ad|video|clip)")) {
            // a publication or a document speaks for itself; "the daily" names the newspaper mentioned before
            String org = lower.matches("(the|a|an) (daily|newspaper|paper|outlet|broadcaster|agency|news agency|website|magazine|network|channel)")
                    ? recentOrg(at) : null;
            return org != null ? org : d.replaceFirst("^(?i)the\\s+", "");
        }
        if (d.matches("(?:the|The)\\s+" + Mentions.NAMESEQ)) {
            return d.substring(4).strip();
        }
        if (!lower.matches("(?s)(the|his|her|its|their|\\S+[’']s)\\s.*") || lower.matches(".*(officials|sources|services|experts|analysts|people|authorities|assessment|report|statement|intelligence).*")) {
            return d.replaceFirst("^(?i)(both|the)\\s+", "");
        }
        if (lower.matches(".*\\b(government|ministry|administration|military|army|embassy|regime|council|parliament|cabinet|presidency|office)$")) {
            // an institution speaks for itself: "Valdoria's government", "the foreign ministry"
            return d.replaceFirst("^(?i)the\\s+", "");
        }
        List<String> nations = Nationality.in(d);
        Person pick = null;
        for (Person p : people) {
            if (p.firstAt() > at) continue;
            List<String> pn = p.nations();
            boolean match = nations.isEmpty() || nations.stream().anyMatch(n -> pn.stream().anyMatch(x -> Nationality.same(n, x)));
            boolean conflict = !nations.isEmpty() && !pn.isEmpty() && !match;
            if (conflict || (!nations.isEmpty() && pn.isEmpty()) || otherOffice(lower, p)) continue;
            if (p.name().equals(lastSpeaker)) return p.name();
            if (pick == null || p.firstAt() > pick.firstAt()) pick = p;
        }
        if (nations.isEmpty() && lastSpeaker != null
                && people.stream().noneMatch(p -> p.name().equals(lastSpeaker) && otherOffice(lower, p))) return lastSpeaker;
        return pick == null ? null : pick.name();
    }

    /** Offices a description may name; "diplomat", "official" and the like fit many offices and are left out. */
    private static final Set<String> OFFICES = Set.of("minister", "secretary", "leader", "chief", "president", "ambassador",
            "governor", "mayor", "senator", "general", "commander", "spokesman", "spokeswoman", "spokesperson", "director",
            "chairman", "chairwoman", "judge", "prosecutor", "premier", "chancellor", "king", "queen", "envoy", "captain",
            "coach", "treasurer", "sheriff", "pope", "emir", "prince");

    /**
     * "the opposition leader" is not the person the article called "central bank chief": a description whose head
     * is an office none of the person's known roles holds names someone else.
     */
    private static boolean otherOffice(String description, Person p) {
        String[] words = description.split("\\s+");
        String head = words[words.length - 1];
        if (!OFFICES.contains(head)) return false;
        // only an office the article gave them counts against; "his Ukrainian counterpart" holds none
        Set<String> held = new HashSet<>();
        for (String r : p.roles()) {
            for (String w : r.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (OFFICES.contains(w)) held.add(w);
            }
        }
        return !held.isEmpty() && !held.contains(head);
    }

    private Person recentBefore(int at, String exclude) {
        Person best = null;
        for (Person p : people) {
            if (p.firstAt() < at && !p.name().equals(exclude) && (best == null || p.firstAt() > best.firstAt())) best = p;
        }
        return best;
    }

    private String recentOrg(int at) {
        Matcher m = Pattern.compile("(?:the\\s+)?((?:[A-Z][\\p{L}]+\\s+){0,3}(?:Times|Post|Journal|News|Daily|Herald|Ledger|Guardian"
                + "|Telegraph|Gazette|Tribune|Wire|Press|Agency|Reuters|Bloomberg|Express|Mail|Observer|Standard|Chronicle))\\b").matcher(body);
        String last = null;
        while (m.find() && m.start() < at) last = m.group(1);
        return last;
    }

    static String stripHonorific(String name) {
        return name.replaceFirst("^(Mr|Mrs|Ms|Dr|Sir)\\.?\\s+", "");
    }
}

package org.onrecord.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;

/**
 * What the views look up, computed once per {@link Snapshot} (a snapshot never changes): stories with readable
 * titles and the story of each article, outlets by readable name, people ranked by statements, findings with
 * both of their sides resolved. Lists and pages are cut from these; nothing here reads the store.
 */
public final class Catalog {
    /** A story as lists show it: a readable title, its articles (oldest first), outlets and date range. */
    public record StoryInfo(Story story, String title, List<Document> docs, List<String> outlets, String from, String to,
                            int statements, int findings) {
        public String id() {
            return story.id();
        }

        public String dates() {
            if (from == null) return "undated";
            return from.equals(to) ? from : from + " – " + to;
        }
    }

    /** A person with what the people list ranks and shows. */
    public record PersonInfo(Person person, int statements, int outlets, int findings) {
        public String roles() {
            return String.join("; ", person.roles());
        }
    }

    /** An outlet by readable name, with what it published. */
    public record OutletInfo(String name, int articles, int statements, int stories, int findings, String from, String to) {
    }

    /**
     * One side of a finding: a statement, or (for a headline misquote) the headline of an article.
     *
     * @param statement the statement, or null for a headline side
     * @param doc       the article the side stands in, or null when it is not in the store
     */
    public record Side(String label, Statement statement, Document doc, String speaker, Person person, String date, String outlet,
                       String text) {
        public boolean headline() {
            return statement == null;
        }
    }

    /** A finding with both sides, the stories it belongs to and the people it involves. */
    public record FindingInfo(Finding finding, Side a, Side b, List<StoryInfo> stories, Set<String> speakers) {
        public String type() {
            return finding.type();
        }

        public String typeLabel() {
            return Catalog.typeLabel(finding.type());
        }

        /** Earliest dated side (for sorting and date filters), or null. */
        public String firstDate() {
            String x = a == null ? null : a.date(), y = b == null ? null : b.date();
            if (x == null) return y;
            if (y == null) return x;
            return x.compareTo(y) <= 0 ? x : y;
        }

        public String lastDate() {
            String x = a == null ? null : a.date(), y = b == null ? null : b.date();
            if (x == null) return y;
            if (y == null) return x;
            return x.compareTo(y) >= 0 ? x : y;
        }
    }

    public static final List<String> FINDING_TYPES = List.of("contradiction", "shift", "colleague_inconsistency", "disputed", "headline_misquote");

    private final Snapshot data;
    private final Map<String, StoryInfo> storyById = new LinkedHashMap<>();
    private final Map<String, StoryInfo> storyOfDoc = new HashMap<>();
    private final List<StoryInfo> stories;
    private final Map<String, Person> personByName = new HashMap<>();
    private final List<PersonInfo> speakers = new ArrayList<>();
    private final List<PersonInfo> mentioned = new ArrayList<>();
    private final Map<String, PersonInfo> personInfo = new HashMap<>();
    private final List<OutletInfo> outlets = new ArrayList<>();
    private final List<FindingInfo> findings = new ArrayList<>();
    private final Map<String, List<FindingInfo>> findingsByStatement = new HashMap<>();
    private final Map<String, List<FindingInfo>> findingsByStory = new HashMap<>();
    private final Map<String, List<Statement>> statementsByDoc = new HashMap<>();
    private final Map<String, List<Statement>> statementsBySpeaker = new HashMap<>();
    private final Map<String, List<Statement>> statementsByGroup = new HashMap<>();

    public Catalog(Snapshot data) {
        this.data = data;
        for (Person p : data.people()) personByName.putIfAbsent(p.name(), p);
        for (Statement s : data.statements()) {
            statementsByDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s);
            if (s.speaker() != null) statementsBySpeaker.computeIfAbsent(s.speaker(), k -> new ArrayList<>()).add(s);
            if (s.group() != null) statementsByGroup.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s);
        }
        // findings first (stories and people count them)
        for (Finding f : data.findings()) {
            Side a = side("A", f.a(), f.type()), b = f.b() == null ? null : side("B", f.b(), f.type());
            Set<String> who = new LinkedHashSet<>();
            for (Side s : new Side[]{a, b}) if (s != null && s.speaker() != null) who.add(s.speaker());
            FindingInfo fi = new FindingInfo(f, a, b, new ArrayList<>(), who);
            findings.add(fi);
            for (String id : ids(f)) findingsByStatement.computeIfAbsent(id, k -> new ArrayList<>()).add(fi);
        }
        findings.sort(Comparator.comparing(FindingInfo::firstDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(fi -> fi.finding().id()));
        Map<String, Integer> statementsPerDoc = new HashMap<>();
        for (Statement s : data.statements()) statementsPerDoc.merge(s.doc(), 1, Integer::sum);
        List<StoryInfo> all = new ArrayList<>();
        for (Story st : data.stories()) {
            List<Document> docs = new ArrayList<>();
            for (String id : st.docs()) {
                Document d = data.docById().get(id);
                if (d != null) docs.add(d);
            }
            docs.sort(Comparator.comparing(Document::published, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Document::id));
            Set<String> outletNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            docs.forEach(d -> outletNames.add(outlet(d)));
            String from = docs.stream().map(Document::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
            String to = docs.stream().map(Document::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
            int n = docs.stream().mapToInt(d -> statementsPerDoc.getOrDefault(d.id(), 0)).sum();
            StoryInfo si = new StoryInfo(st, storyTitle(st, docs), List.copyOf(docs), List.copyOf(outletNames), from, to, n, 0);
            all.add(si);
        }
        // findings per story (a finding belongs to every story one of its statements' articles is in)
        Map<String, StoryInfo> docStory = new HashMap<>();
        for (StoryInfo si : all) for (Document d : si.docs()) docStory.putIfAbsent(d.id(), si);
        Map<String, Integer> findingCount = new HashMap<>();
        Map<FindingInfo, Set<String>> storiesOfFinding = new java.util.IdentityHashMap<>();
        for (FindingInfo fi : findings) {
            Set<String> storyIds = new LinkedHashSet<>();
            for (Side s : new Side[]{fi.a(), fi.b()}) {
                if (s != null && s.doc() != null && docStory.containsKey(s.doc().id())) storyIds.add(docStory.get(s.doc().id()).id());
            }
            storiesOfFinding.put(fi, storyIds);
            for (String id : storyIds) {
                findingCount.merge(id, 1, Integer::sum);
                findingsByStory.computeIfAbsent(id, k -> new ArrayList<>()).add(fi);
            }
        }
        List<StoryInfo> counted = new ArrayList<>();
        for (StoryInfo si : all) {
            counted.add(new StoryInfo(si.story(), si.title(), si.docs(), si.outlets(), si.from(), si.to(), si.statements(),
                    findingCount.getOrDefault(si.id(), 0)));
        }
        counted.sort(Comparator.comparingInt((StoryInfo s) -> -s.docs().size())
                .thenComparing(StoryInfo::to, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(StoryInfo::id));
        this.stories = List.copyOf(counted);
        for (StoryInfo si : stories) {
            storyById.put(si.id(), si);
            for (Document d : si.docs()) storyOfDoc.putIfAbsent(d.id(), si);
        }
        for (FindingInfo fi : findings) {
            for (String id : storiesOfFinding.get(fi)) fi.stories().add(storyById.get(id));
        }
        // people: statements, outlets and findings per speaker
        Map<String, Integer> said = new HashMap<>();
        Map<String, Set<String>> outletsOf = new HashMap<>();
        for (Statement s : data.statements()) {
            if (s.speaker() == null) continue;
            said.merge(s.speaker(), 1, Integer::sum);
            outletsOf.computeIfAbsent(s.speaker(), k -> new java.util.HashSet<>()).add(outlet(data.docById().get(s.doc())));
        }
        Map<String, Integer> findingsOf = new HashMap<>();
        for (FindingInfo fi : findings) for (String who : fi.speakers()) findingsOf.merge(who, 1, Integer::sum);
        for (Person p : data.people()) {
            PersonInfo pi = new PersonInfo(p, said.getOrDefault(p.name(), 0), outletsOf.getOrDefault(p.name(), Set.of()).size(),
                    findingsOf.getOrDefault(p.name(), 0));
            personInfo.put(p.id(), pi);
            (pi.statements() > 0 ? speakers : mentioned).add(pi);
        }
        speakers.sort(Comparator.comparingInt((PersonInfo p) -> -p.statements()).thenComparingInt(p -> -p.outlets())
                .thenComparing(p -> p.person().name(), String.CASE_INSENSITIVE_ORDER));
        mentioned.sort(Comparator.comparing((PersonInfo p) -> p.person().name(), String.CASE_INSENSITIVE_ORDER));
        // outlets
        Map<String, List<Document>> byOutlet = new HashMap<>();
        for (Document d : data.documents()) byOutlet.computeIfAbsent(outlet(d), k -> new ArrayList<>()).add(d);
        Map<String, Integer> outletFindings = new HashMap<>();
        for (FindingInfo fi : findings) {
            Set<String> names = new java.util.HashSet<>();
            for (Side s : new Side[]{fi.a(), fi.b()}) if (s != null && s.doc() != null) names.add(s.outlet());
            names.forEach(n -> outletFindings.merge(n, 1, Integer::sum));
        }
        for (Map.Entry<String, List<Document>> e : byOutlet.entrySet()) {
            List<Document> docs = e.getValue();
            Set<String> storyIds = new java.util.HashSet<>();
            docs.forEach(d -> {
                StoryInfo si = storyOfDoc.get(d.id());
                if (si != null) storyIds.add(si.id());
            });
            String from = docs.stream().map(Document::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
            String to = docs.stream().map(Document::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
            outlets.add(new OutletInfo(e.getKey(), docs.size(), docs.stream().mapToInt(d -> statementsPerDoc.getOrDefault(d.id(), 0)).sum(),
                    storyIds.size(), outletFindings.getOrDefault(e.getKey(), 0), from, to));
        }
        outlets.sort(Comparator.comparingInt((OutletInfo o) -> -o.articles()).thenComparing(OutletInfo::name, String.CASE_INSENSITIVE_ORDER));
    }

    public Snapshot data() {
        return data;
    }

    public List<StoryInfo> stories() {
        return stories;
    }

    /** A story's statements, in the order of its articles and within each by place. */
    public List<Statement> statementsOf(StoryInfo story) {
        List<Statement> out = new ArrayList<>();
        for (Document d : story.docs()) out.addAll(statementsByDoc.getOrDefault(d.id(), List.of()));
        return out;
    }

    /**
     * What a speaker's timeline reads: the speaker's statements and every report of the same words by others
     * (their groups, for the outlets that carried them), in store order.
     */
    public List<Statement> timelineStatements(String speaker) {
        List<Statement> mine = statementsBySpeaker.getOrDefault(speaker, List.of());
        Set<String> ids = new java.util.HashSet<>();
        mine.forEach(s -> ids.add(s.id()));
        for (Statement s : mine) {
            if (s.group() != null) statementsByGroup.getOrDefault(s.group(), List.of()).forEach(o -> ids.add(o.id()));
        }
        return data.statements().size() < 4 * ids.size() ? data.statements()
                : data.statements().stream().filter(s -> ids.contains(s.id())).toList();
    }

    public StoryInfo story(String id) {
        return storyById.get(id);
    }

    /** The story an article belongs to, or null. */
    public StoryInfo storyOf(String docId) {
        return storyOfDoc.get(docId);
    }

    public List<PersonInfo> speakers() {
        return speakers;
    }

    public List<PersonInfo> mentioned() {
        return mentioned;
    }

    public PersonInfo info(Person p) {
        return personInfo.get(p.id());
    }

    public Person person(String name) {
        return name == null ? null : personByName.get(name);
    }

    public List<OutletInfo> outlets() {
        return outlets;
    }

    /** Every finding, earliest first. */
    public List<FindingInfo> findings() {
        return findings;
    }

    public List<FindingInfo> findingsOf(StoryInfo story) {
        return findingsByStory.getOrDefault(story.id(), List.of());
    }

    /** The findings resting on a statement. */
    public List<FindingInfo> findingsOn(String statementId) {
        return findingsByStatement.getOrDefault(statementId, List.of());
    }

    /** The findings among {@code of}, as resolved here (same order). */
    public List<FindingInfo> infos(List<Finding> of) {
        Set<String> ids = new java.util.HashSet<>();
        of.forEach(f -> ids.add(f.id()));
        return findings.stream().filter(fi -> ids.contains(fi.finding().id())).toList();
    }

    /** An outlet's readable name: the outlet field, else the host of the URL (without "www."), else the file. */
    public static String outlet(Document d) {
        if (d == null) return "unknown outlet";
        if (d.outlet() != null && !d.outlet().isBlank()) return d.outlet().strip();
        String host = host(d.url());
        if (host != null) return host;
        return "unknown outlet (" + d.source().replaceAll(".*/", "") + ")";
    }

    /** An outlet as the analysis names it (the outlet field, else the URL) made readable: a URL becomes its host. */
    public static String readable(String outletOrUrl) {
        if (outletOrUrl == null) return "unknown outlet";
        String l = outletOrUrl.strip().toLowerCase(Locale.ROOT);
        if (l.startsWith("http://") || l.startsWith("https://")) {
            String host = host(outletOrUrl);
            if (host != null) return host;
        }
        return outletOrUrl;
    }

    /** Outlet names made readable, without repeats, joined by commas. */
    public static String readable(List<String> outlets) {
        Set<String> out = new LinkedHashSet<>();
        for (String o : outlets) out.add(readable(o));
        return String.join(", ", out);
    }

    static String host(String url) {
        if (url == null) return null;
        try {
            String h = new URI(url.strip()).getHost();
            if (h == null || h.isBlank()) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** A story's title: its label, else its first article's title, else its first article's outlet and date. */
    static String storyTitle(Story st, List<Document> docs) {
        if (st.label() != null && !st.label().isBlank()) return st.label().strip();
        for (Document d : docs) if (d.title() != null && !d.title().isBlank()) return d.title().strip();
        if (!docs.isEmpty()) return "Story of " + outlet(docs.get(0)) + (docs.get(0).published() == null ? "" : ", " + docs.get(0).published());
        return "Story " + st.id();
    }

    /** A finding type as people read it. */
    public static String typeLabel(String type) {
        if (type == null) return "finding";
        return switch (type) {
            case "contradiction" -> "Contradiction";
            case "shift" -> "Shift of position";
            case "colleague_inconsistency" -> "Colleagues disagree";
            case "disputed" -> "Disputed";
            case "headline_misquote" -> "Headline misquote";
            default -> type.replace('_', ' ');
        };
    }

    /** What each finding type means, for the legend and the findings page. */
    public static String typeMeaning(String type) {
        return switch (type) {
            case "contradiction" -> "the same speaker said opposite things";
            case "shift" -> "the same speaker's position moved over time";
            case "colleague_inconsistency" -> "people on the same side said opposite things";
            case "disputed" -> "someone denied what another said";
            case "headline_misquote" -> "a headline's quotation is not what the speaker said";
            default -> "";
        };
    }

    /** A day for a said_on value (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY): the day itself, or the middle of the period; null when unreadable. */
    public static LocalDate day(String when) {
        if (when == null) return null;
        try {
            if (when.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(when);
            if (when.matches("\\d{4}-\\d{2}")) return LocalDate.parse(when + "-15");
            if (when.matches("\\d{4}-W\\d{2}")) {
                return LocalDate.of(Integer.parseInt(when.substring(0, 4)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(when.substring(6))).with(DayOfWeek.THURSDAY);
            }
            if (when.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(when), 7, 1);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private Side side(String label, String id, String type) {
        Statement s = id == null ? null : data.statementById().get(id);
        if (s != null) {
            Document d = data.docById().get(s.doc());
            String date = s.saidOn() != null ? s.saidOn() : d != null && d.published() != null ? d.published().toString() : null;
            return new Side(label, s, d, s.speaker(), person(s.speaker()), date, outlet(d), s.text().strip());
        }
        Document d = id == null ? null : data.docById().get(id);
        if (d != null) {
            return new Side(label, null, d, null, null, d.published() == null ? null : d.published().toString(), outlet(d),
                    d.title() == null ? "(no headline)" : d.title().strip());
        }
        return new Side(label, null, null, null, null, null, "unknown outlet", "(no longer in the store)");
    }

    private static List<String> ids(Finding f) {
        List<String> out = new ArrayList<>();
        if (f.a() != null) out.add(f.a());
        if (f.b() != null && !out.contains(f.b())) out.add(f.b());
        for (String e : f.evidence()) if (!out.contains(e)) out.add(e);
        return out;
    }
}

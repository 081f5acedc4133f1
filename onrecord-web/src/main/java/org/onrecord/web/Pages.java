package org.onrecord.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.onrecord.analyse.Coverage;
import org.onrecord.analyse.Timeline;
import org.onrecord.model.Document;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;

/**
 * The views for the server and the static report alike: each builds a small model from the {@link Catalog} and
 * renders it with a jte template (src/main/jte, precompiled at build time), which escapes every expression
 * by default. Nothing here writes HTML by hand; URLs from articles are linked only when http(s) ({@link #safeUrl}).
 */
public final class Pages {
    public static final int PAGE_SIZE = 50;
    /** A story's page lists this many statements of each speaker; the speaker's timeline, filtered to the story, has them all. */
    public static final int PER_SPEAKER = 12;
    private static final TemplateEngine JTE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** A page of a list: its items, where it stands and the addresses of its neighbours (null at the ends). */
    public record Slice<T>(List<T> items, int page, int pages, int total, int first, String prev, String next) {
        public boolean paged() {
            return pages > 1;
        }
    }

    /** The title, the section of the navigation it belongs to, and where links go. */
    public record Frame(String title, String section, Links links) {
    }

    public record OutletArticles(String outlet, List<Document> docs) {
    }

    /** A speaker's statements in a story: the first {@code shown} (in time order) and how many there are. */
    public record SpeakerStatements(String speaker, Person person, List<Statement> statements, int total) {
        public int more() {
            return total - statements.size();
        }
    }

    /** A statement of a story and the outlets (columns of the matrix) that carried it. */
    public record MatrixRow(Statement statement, List<Boolean> carried, int count) {
    }

    public record Matrix(List<String> outlets, List<MatrixRow> rows, int left) {
    }

    public record OutletWords(String outlet, int articles, String cues, String loaded) {
    }

    public record Home(int documents, int statements, int speakers, List<Catalog.StoryInfo> stories, int storyCount,
                       Map<String, Integer> findingTypes, List<Catalog.PersonInfo> people, List<Catalog.OutletInfo> outlets) {
    }

    public record StoriesPage(String q, String outlet, Slice<Catalog.StoryInfo> slice) {
    }

    public record StoryPage(Catalog.StoryInfo story, List<OutletArticles> articles, List<SpeakerStatements> speakers, Matrix matrix,
                            List<Catalog.FindingInfo> findings, List<OutletWords> words) {
    }

    public record FindingsPage(String type, String person, String story, String from, String to, Slice<Catalog.FindingInfo> slice,
                               Map<String, Integer> types, List<Catalog.StoryInfo> stories) {
    }

    public record PeoplePage(String q, String kind, boolean mentioned, Slice<Catalog.PersonInfo> slice, int speakers, int mentionedCount) {
    }

    public record OutletsPage(String q, Slice<Catalog.OutletInfo> slice) {
    }

    public record PersonPage(Catalog.PersonInfo person, List<Timeline.Entry> entries, TimelineChart.Chart chart,
                             List<Catalog.FindingInfo> findings, List<Catalog.StoryInfo> stories, String story, String topic,
                             List<String> topics) {
    }

    /** A stretch of an article's paragraph; {@code mark} for the evidence, {@code first} for its first stretch. */
    public record Piece(String text, boolean mark, boolean first) {
    }

    public record StatementPage(Statement statement, Document doc, Person person, Catalog.StoryInfo story, List<Catalog.FindingInfo> findings,
                                List<List<Piece>> paragraphs) {
    }

    public record SearchPage(String q, List<Statement> results, boolean all) {
    }

    private final Catalog cat;
    private final Snapshot data;
    private final Links links;

    public Pages(Catalog catalog, Links links) {
        this.cat = catalog;
        this.data = catalog.data();
        this.links = links;
    }

    public Pages(Snapshot data, Links links) {
        this(new Catalog(data), links);
    }

    public Links links() {
        return links;
    }

    public Catalog catalog() {
        return cat;
    }

    // ---- helpers the templates call ----

    /** The URL when it is http(s), else null (the template then shows text, never a link). */
    public static String safeUrl(String url) {
        if (url == null) return null;
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? u : null;
    }

    public String outlet(Document d) {
        return Catalog.outlet(d);
    }

    public String outletOf(Statement s) {
        return Catalog.outlet(data.docById().get(s.doc()));
    }

    public Document doc(Statement s) {
        return data.docById().get(s.doc());
    }

    public String title(Document d) {
        return d == null ? "" : d.title() != null && !d.title().isBlank() ? d.title().strip() : d.source().replaceAll(".*/", "");
    }

    public String published(Document d) {
        return d == null || d.published() == null ? "undated" : d.published().toString();
    }

    /** When a statement was made as the views show it: said_on, else "article date" with the day, else "undated". */
    public String when(Statement s) {
        if (s.saidOn() != null) return Statement.PUBLISHED.equals(s.saidOnBasis()) ? s.saidOn() + " (news of that day)" : s.saidOn();
        Document d = doc(s);
        return d == null || d.published() == null ? "undated" : d.published() + " (article date)";
    }

    public Person person(String name) {
        return cat.person(name);
    }

    public Catalog.StoryInfo storyOf(Statement s) {
        return cat.storyOf(s.doc());
    }

    public static String shorten(String t) {
        String s = t == null ? "" : t.strip();
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }

    public static String typeLabel(String type) {
        return Catalog.typeLabel(type);
    }

    public static String typeMeaning(String type) {
        return Catalog.typeMeaning(type);
    }

    public static List<String> findingTypes() {
        return Catalog.FINDING_TYPES;
    }

    public static String cssId(String id) {
        return Links.file(id);
    }

    // ---- pages ----

    public String home() {
        Map<String, Integer> types = new LinkedHashMap<>();
        for (String t : Catalog.FINDING_TYPES) types.put(t, 0);
        cat.findings().forEach(f -> types.merge(f.type(), 1, Integer::sum));
        Home m = new Home(data.documents().size(), data.statements().size(), cat.speakers().size(),
                cat.stories().subList(0, Math.min(10, cat.stories().size())), cat.stories().size(), types,
                cat.speakers().subList(0, Math.min(10, cat.speakers().size())), cat.outlets().subList(0, Math.min(10, cat.outlets().size())));
        return render("home.jte", new Frame("Overview", "home", links), m);
    }

    public String stories(Map<String, String> q) {
        String text = blankToNull(q.get("q")), outlet = blankToNull(q.get("outlet"));
        List<Catalog.StoryInfo> all = cat.stories().stream().filter(s -> text == null || matches(text, s.title(), s.outlets()))
                .filter(s -> outlet == null || s.outlets().stream().anyMatch(o -> o.equalsIgnoreCase(outlet))).toList();
        return render("stories.jte", new Frame(outlet == null ? "Stories" : "Stories covered by " + outlet, "stories", links),
                new StoriesPage(text, outlet, slice(all, "stories", filters(q, "q", "outlet"), page(q))));
    }

    public String story(Catalog.StoryInfo s) {
        Map<String, List<Document>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Document d : s.docs()) byOutlet.computeIfAbsent(outlet(d), k -> new ArrayList<>()).add(d);
        List<OutletArticles> articles = new ArrayList<>();
        byOutlet.forEach((k, v) -> articles.add(new OutletArticles(k, v)));
        List<Statement> statements = cat.statementsOf(s);
        Map<String, List<Statement>> bySpeaker = new LinkedHashMap<>();
        for (Statement x : statements) bySpeaker.computeIfAbsent(x.speaker() == null ? "" : x.speaker(), k -> new ArrayList<>()).add(x);
        List<SpeakerStatements> speakers = new ArrayList<>();
        bySpeaker.forEach((k, v) -> {
            v.sort(Comparator.comparing((Statement x) -> Catalog.day(x.saidOn() != null ? x.saidOn() : published(doc(x))),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Statement::doc).thenComparingInt(Statement::bodyStart));
            speakers.add(new SpeakerStatements(k.isEmpty() ? null : k, cat.person(k), v.subList(0, Math.min(PER_SPEAKER, v.size())), v.size()));
        });
        speakers.sort(Comparator.comparing((SpeakerStatements x) -> x.speaker() == null).thenComparingInt(x -> -x.total())
                .thenComparing(x -> x.speaker() == null ? "" : x.speaker()));
        // coverage: each statement (its group: the same words in several articles) against the story's outlets
        List<String> outlets = new ArrayList<>(byOutlet.keySet());
        Map<String, Statement> claims = new LinkedHashMap<>();
        Map<String, Set<String>> carriedBy = new HashMap<>();
        for (Statement x : statements) {
            String key = x.group() != null ? x.group() : x.id();
            claims.putIfAbsent(key, x);
            carriedBy.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(outletOf(x));
        }
        List<MatrixRow> rows = new ArrayList<>();
        claims.forEach((key, x) -> {
            List<Boolean> cells = new ArrayList<>();
            for (String o : outlets) cells.add(carriedBy.get(key).contains(o));
            rows.add(new MatrixRow(x, cells, carriedBy.get(key).size()));
        });
        rows.sort(Comparator.comparingInt((MatrixRow r) -> -r.count()));
        int max = 60;
        Matrix matrix = new Matrix(outlets, rows.subList(0, Math.min(max, rows.size())), Math.max(0, rows.size() - max));
        // cue and loaded words per outlet, over this story's articles only
        Map<String, String> nameOf = new HashMap<>();
        for (Document d : s.docs()) nameOf.put(coverageName(d), outlet(d));
        Map<String, Integer> articleCount = new HashMap<>();
        byOutlet.forEach((k, v) -> articleCount.put(k, v.size()));
        Map<String, OutletWords> words = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Coverage.Outlet o : Coverage.of(null, s.docs(), statements, data.findings())) {
            String name = nameOf.getOrDefault(o.outlet(), o.outlet());
            words.put(name, new OutletWords(name, articleCount.getOrDefault(name, 0), counts(o.cues()), counts(o.loaded())));
        }
        return render("story.jte", new Frame(s.title(), "stories", links),
                new StoryPage(s, articles, speakers, matrix, cat.findingsOf(s), new ArrayList<>(words.values())));
    }

    public String findings(Map<String, String> q) {
        String type = blankToNull(q.get("type")), person = blankToNull(q.get("person")), story = blankToNull(q.get("story"));
        String from = blankToNull(q.get("from")), to = blankToNull(q.get("to"));
        Predicate<Catalog.FindingInfo> keep = f -> (type == null || type.equals(f.type()))
                && (person == null || f.speakers().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(person.toLowerCase(Locale.ROOT))))
                && (story == null || f.stories().stream().anyMatch(s -> s.id().equals(story)))
                && (from == null || (f.lastDate() != null && f.lastDate().compareTo(from) >= 0))
                && (to == null || (f.firstDate() != null && f.firstDate().substring(0, Math.min(f.firstDate().length(), to.length())).compareTo(to) <= 0));
        List<Catalog.FindingInfo> all = cat.findings().stream().filter(keep).toList();
        Map<String, Integer> types = new LinkedHashMap<>();
        for (String t : Catalog.FINDING_TYPES) types.put(t, 0);
        cat.findings().forEach(f -> types.merge(f.type(), 1, Integer::sum));
        List<Catalog.StoryInfo> withFindings = cat.stories().stream().filter(s -> s.findings() > 0).toList();
        return render("findings.jte", new Frame("Findings", "findings", links), new FindingsPage(type, person, story, from, to,
                slice(all, "findings", filters(q, "type", "person", "story", "from", "to"), page(q)), types, withFindings));
    }

    public String people(Map<String, String> q) {
        String text = blankToNull(q.get("q")), kind = blankToNull(q.get("kind"));
        boolean mentioned = "mentioned".equals(q.get("list"));
        List<Catalog.PersonInfo> all = (mentioned ? cat.mentioned() : cat.speakers()).stream()
                .filter(p -> kind == null || kind.equals(p.person().kind()))
                .filter(p -> text == null || matches(text, p.person().name(), p.person().aliases())).toList();
        return render("people.jte", new Frame(mentioned ? "People only mentioned" : "People", "people", links),
                new PeoplePage(text, kind, mentioned, slice(all, "people", filters(q, "q", "kind", "list"), page(q)),
                        cat.speakers().size(), cat.mentioned().size()));
    }

    public String outlets(Map<String, String> q) {
        String text = blankToNull(q.get("q"));
        List<Catalog.OutletInfo> all = cat.outlets().stream().filter(o -> text == null || matches(text, o.name(), List.of())).toList();
        return render("outlets.jte", new Frame("Outlets", "outlets", links), new OutletsPage(text, slice(all, "outlets", filters(q, "q"), page(q))));
    }

    public String person(Person p, String topic, String storyId) {
        List<Statement> said = cat.timelineStatements(p.name());
        Timeline.View v = Timeline.of(p, topic, data.documents(), said, data.topics(), data.findings(), data.stories());
        List<Timeline.Entry> all = v.entries();
        Set<String> storyIds = new LinkedHashSet<>();
        Set<String> topics = new java.util.TreeSet<>();
        Timeline.View unfiltered = topic == null ? v : Timeline.of(p, null, data.documents(), said, data.topics(), data.findings(), data.stories());
        for (Timeline.Entry e : unfiltered.entries()) {
            Catalog.StoryInfo si = cat.storyOf(e.statement().doc());
            if (si != null) storyIds.add(si.id());
            if (e.topic() != null) topics.add(e.topic());
        }
        List<Timeline.Entry> entries = storyId == null ? all : all.stream().filter(e -> {
            Catalog.StoryInfo si = cat.storyOf(e.statement().doc());
            return si != null && si.id().equals(storyId);
        }).toList();
        Set<String> shown = new java.util.HashSet<>();
        entries.forEach(e -> shown.add(e.statement().id()));
        List<Catalog.FindingInfo> findings = cat.infos(v.findings()).stream()
                .filter(f -> shown.contains(f.finding().a()) || shown.contains(f.finding().b())).toList();
        List<Catalog.StoryInfo> stories = storyIds.stream().map(cat::story).filter(java.util.Objects::nonNull).toList();
        TimelineChart.Chart chart = TimelineChart.draw(entries, findings, links);
        Catalog.PersonInfo info = cat.info(p);
        if (info == null) info = new Catalog.PersonInfo(p, entries.size(), 0, findings.size());
        return render("person.jte", new Frame(p.name(), "people", links),
                new PersonPage(info, entries, chart, findings, stories, storyId, topic, List.copyOf(topics)));
    }

    public String statement(Statement s) {
        Document d = doc(s);
        List<List<Piece>> paragraphs = new ArrayList<>();
        if (d != null) {
            String body = d.body();
            int start = Math.max(0, Math.min(s.bodyStart(), body.length())), end = Math.max(start, Math.min(s.bodyEnd(), body.length()));
            boolean firstMark = true;
            int pos = 0;
            for (String para : body.split("\n\n", -1)) {
                int ps = pos, pe = pos + para.length();
                List<Piece> pieces = new ArrayList<>();
                int a = Math.max(ps, Math.min(start, pe)), b = Math.max(a, Math.min(end, pe));
                if (a > ps) pieces.add(new Piece(body.substring(ps, a), false, false));
                if (b > a) {
                    pieces.add(new Piece(body.substring(a, b), true, firstMark));
                    firstMark = false;
                }
                if (pe > b) pieces.add(new Piece(body.substring(b, pe), false, false));
                paragraphs.add(pieces);
                pos = pe + 2;
            }
        }
        Person p = s.speaker() == null ? null : cat.person(s.speaker());
        return render("statement.jte", new Frame("Statement", "", links),
                new StatementPage(s, d, p, cat.storyOf(s.doc()), cat.findingsOn(s.id()), paragraphs));
    }

    public String search(String query, List<Statement> results) {
        return render("search.jte", new Frame("Search", "search", links), new SearchPage(query, results, false));
    }

    /** The report's search page: every statement, for the browser's find. */
    public String allStatements() {
        return render("search.jte", new Frame("All statements", "search", links), new SearchPage(null, data.statements(), true));
    }

    // ---- plumbing ----

    /** How many pages a list has at {@link #PAGE_SIZE} (the report writes one file per page). */
    static int pages(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private <T> Slice<T> slice(List<T> all, String base, Map<String, String> filters, int page) {
        int pages = pages(all.size());
        int p = Math.max(1, Math.min(page, pages));
        int from = (p - 1) * PAGE_SIZE, to = Math.min(all.size(), from + PAGE_SIZE);
        return new Slice<>(all.subList(from, to), p, pages, all.size(), from + 1,
                p > 1 ? links.list(base, filters, p - 1) : null, p < pages ? links.list(base, filters, p + 1) : null);
    }

    private static Map<String, String> filters(Map<String, String> q, String... names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) if (q.get(n) != null && !q.get(n).isBlank()) out.put(n, q.get(n).strip());
        return out;
    }

    private static int page(Map<String, String> q) {
        try {
            return q.containsKey("page") ? Math.max(1, Integer.parseInt(q.get("page").strip())) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean matches(String q, String name, List<String> more) {
        String needle = q.toLowerCase(Locale.ROOT);
        if (name != null && name.toLowerCase(Locale.ROOT).contains(needle)) return true;
        for (String m : more) if (m != null && m.toLowerCase(Locale.ROOT).contains(needle)) return true;
        return false;
    }

    /** The outlet name {@link Coverage} groups by (the outlet field, else the URL, else the file). */
    private static String coverageName(Document d) {
        if (d.outlet() != null) return d.outlet();
        return d.url() != null ? d.url() : "outlet unknown, " + d.source().replaceAll(".*/", "");
    }

    private static String counts(Map<String, Integer> m) {
        List<Map.Entry<String, Integer>> es = new ArrayList<>(m.entrySet());
        es.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : es) out.add(e.getKey() + " " + e.getValue());
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private String render(String template, Frame frame, Object model) {
        StringOutput out = new StringOutput(16_384);
        Map<String, Object> params = new HashMap<>();
        params.put("v", this);
        params.put("f", frame);
        params.put("m", model);
        JTE.render(template, params, out);
        return out.toString();
    }
}

package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.onrecord.analyse.Analyse;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Ids;
import org.onrecord.model.NamedPerson;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.resolve.Resolve;
import org.onrecord.store.Store;

/**
 * The news the inference judge learns from (decision 0018): BASIL 2013–2015 and 2019, the aeb and htmldate pages
 * and PolNeAR dev and test, analysed into one store, and the candidate pairs the candidate stage makes there. Never
 * PolNeAR train or BASIL's other years (they hold hidden checks). Statements of the findings dev set are left out,
 * so that set stays a measure. Pairs are written with their text for annotation into the bench's output folder,
 * never into the repository; annotations keep offsets and hashes only ({@link NliPairs}).
 */
public final class NliCorpus {
    static final List<String> BASIL_YEARS = List.of("2013", "2014", "2015", "2019");

    private NliCorpus() {
    }

    /** The store of the allowed corpora, analysed once into {@code out/nli-corpus.db} and reused after. */
    public static Path store(Path shared, Path out) throws IOException {
        Files.createDirectories(out);
        Path db = out.resolve("nli-corpus.db");
        if (Files.exists(db)) return db;
        Path partial = out.resolve("nli-corpus.db.partial");
        Files.deleteIfExists(partial);
        try (Store store = Store.open(partial)) {
            for (String year : BASIL_YEARS) {
                try (Stream<Path> files = Files.list(shared.resolve("bench/basil/articles").resolve(year))) {
                    for (Path f : files.sorted().toList()) {
                        String rel = shared.relativize(f).toString();
                        Document d = BasilText.read(shared, rel).document(Ids.of("d", rel));
                        Pipeline.Analysed a = Standard.analyse(d);
                        store.putDocument(d, a.statements(), a.people(), null);
                    }
                }
            }
            List<String> inputs = new ArrayList<>();
            for (String dir : List.of("bench/aeb/html", "bench/htmldate/html", "bench/polnear/dev/text", "bench/polnear/test/text")) {
                inputs.add(shared.resolve(dir).toString());
            }
            Manifest manifest = Manifest.read(shared.resolve("bench/htmldate/manifest.json"));
            new Pipeline(store, manifest, Standard::analyse, Pipeline.CrossDocument.NONE, Pipeline.Options.defaults())
                    .run(inputs, Pipeline.Progress.NONE);
        }
        Files.move(partial, db);
        return db;
    }

    /** The resolved statements and people of the store, and its documents. */
    public record Resolved(List<Document> documents, List<Statement> statements, List<org.onrecord.model.Person> people) {
    }

    public static Resolved resolve(Store store) {
        List<Resolve.Seen> seen = new ArrayList<>();
        for (List<NamedPerson> l : store.namedPeople().values()) {
            if (l == null) continue;
            for (NamedPerson p : l) seen.add(new Resolve.Seen(p.name(), p.roles(), p.kind()));
        }
        Resolve.Result r = Resolve.resolve(store.extractedStatements(), seen);
        return new Resolved(store.documents(), r.statements(), r.people());
    }

    /** The corpus store read back: resolved statements, documents by id, each document's file, the findings dev set's statements. */
    private record Opened(Resolved resolved, Map<String, Document> docs, Map<String, String> fileOf, Set<String> held) {
    }

    private static Opened open(Path shared, Store store) throws IOException {
        Resolved r = resolve(store);
        Map<String, Document> docs = new HashMap<>();
        r.documents().forEach(d -> docs.put(d.id(), d));
        Map<String, String> fileOf = files(shared, r.documents());
        return new Opened(r, docs, fileOf, devSetStatements(r, fileOf));
    }

    /** Writes every candidate pair of the corpus with its text, speakers and cues; returns how many. */
    public static int writeCandidates(Path shared, Path out, Path file) throws IOException {
        return writeCandidates(shared, out, file, false);
    }

    /** As {@link #writeCandidates(Path, Path, Path)}; with {@code judged} each pair carries the judge's contradiction probability. */
    public static int writeCandidates(Path shared, Path out, Path file, boolean judged) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Store store = Store.open(store(shared, out))) {
            Opened corpus = open(shared, store);
            Resolved r = corpus.resolved();
            Map<String, Document> docs = corpus.docs();
            Map<String, String> fileOf = corpus.fileOf();
            Set<String> held = corpus.held();
            List<Analyse.Candidate> pairs = Analyse.candidates(r.statements(), r.people(), Standard.cache(store));
            pairs = pairs.stream().filter(c -> !held.contains(c.a().id()) && !held.contains(c.b().id())).toList();
            List<float[]> ab = List.of(), ba = List.of();
            if (judged) {
                org.onrecord.analyse.Judge judge = org.onrecord.analyse.Judge.get();
                ab = judge.judge(pairs.stream().map(c -> new String[]{org.onrecord.analyse.Judge.input(c.relation(), c.a()),
                        org.onrecord.analyse.Judge.input(null, c.b())}).toList());
                ba = judge.judge(pairs.stream().map(c -> new String[]{org.onrecord.analyse.Judge.input(c.relation(), c.b()),
                        org.onrecord.analyse.Judge.input(null, c.a())}).toList());
            }
            int n = 0;
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < pairs.size(); i++) {
                    Analyse.Candidate c = pairs.get(i);
                    ObjectNode o = json.createObjectNode();
                    o.put("id", NliPairs.pairId(fileOf, c.a(), c.b()));
                    o.put("relation", c.relation());
                    o.put("cosine", Math.round(c.cosine() * 1000) / 1000.0);
                    if (judged) o.put("contradiction", Math.max(ab.get(i)[2], ba.get(i)[2]));
                    o.set("a", side(json, fileOf, docs, c.a()));
                    o.set("b", side(json, fileOf, docs, c.b()));
                    w.write(json.writeValueAsString(o));
                    w.write('\n');
                    n++;
                }
            }
            return n;
        }
    }

    /** Statements a denial is set against for annotation: its nearest by embedding, from this cosine. */
    static final double DENIAL_MIN_COSINE = 0.4;
    static final int DENIAL_NEIGHBOURS = 3;
    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile("(?i)\\b(not|never|no|nothing|nobody)\\b|n[’']t\\b");

    /**
     * Writes, for annotation (decision 0024), each denial of the corpus ("X denied that ...", a cue {@link DenialCues}
     * knows) with the statements nearest it by sentence embedding: the claims it may answer and the speaker's own
     * earlier words, whoever said them and whether or not the candidate stage relates the speakers (and a seventh of
     * the negated assertions, "we have not ...", with theirs), so that the annotated pairs hold the disputes
     * candidates miss. Returns how many pairs.
     */
    public static int writeDenialPairs(Path shared, Path out, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        DenialCues cues = new DenialCues();
        try (Store store = Store.open(store(shared, out))) {
            Opened corpus = open(shared, store);
            Map<String, Document> docs = corpus.docs();
            Map<String, String> fileOf = corpus.fileOf();
            Set<String> held = corpus.held();
            List<Statement> usable = corpus.resolved().statements().stream()
                    .filter(x -> x.speaker() != null && !held.contains(x.id()) && x.text().strip().split("\\s+").length >= 4).toList();
            List<float[]> vectors = org.onrecord.analyse.Embeddings.embed(usable.stream().map(Statement::text).toList());
            int n = 0;
            Set<String> written = new HashSet<>();
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < usable.size(); i++) {
                    Statement denial = usable.get(i);
                    boolean denies = cues.denies(denial.cue());
                    // a negated assertion ("we have not ...") may answer a claim as a denial does: a sample of them, by id
                    if (!denies && !(NEGATION.matcher(denial.text()).find() && sampled(denial))) continue;
                    List<int[]> near = new ArrayList<>();
                    double[] cos = new double[usable.size()];
                    for (int j = 0; j < usable.size(); j++) {
                        Statement o = usable.get(j);
                        if (j == i || o.text().strip().equalsIgnoreCase(denial.text().strip())) continue;
                        if (o.doc().equals(denial.doc()) && o.bodyStart() < denial.bodyEnd() && denial.bodyStart() < o.bodyEnd()) continue;
                        cos[j] = org.onrecord.analyse.Embeddings.cosine(vectors.get(i), vectors.get(j));
                        if (cos[j] >= DENIAL_MIN_COSINE && cos[j] < 0.95) near.add(new int[]{j});
                    }
                    near.sort((x, y) -> Double.compare(cos[y[0]], cos[x[0]]));
                    for (int[] x : near.subList(0, Math.min(DENIAL_NEIGHBOURS, near.size()))) {
                        Statement other = usable.get(x[0]);
                        String id = NliPairs.pairId(fileOf, denial, other);
                        if (!written.add(id)) continue;
                        ObjectNode o = json.createObjectNode();
                        o.put("id", id);
                        o.put("relation", denial.speaker().equals(other.speaker()) ? "same speaker" : "third party");
                        o.put("cosine", Math.round(cos[x[0]] * 1000) / 1000.0);
                        o.set("a", side(json, fileOf, docs, other));
                        o.set("b", side(json, fileOf, docs, denial));
                        w.write(json.writeValueAsString(o));
                        w.write('\n');
                        n++;
                    }
                }
            }
            return n;
        }
    }

    /** One statement in seven, chosen by a content hash of its id (the same every run). */
    private static boolean sampled(Statement s) {
        String h = org.onrecord.model.Ids.of("n", s.id());
        return Integer.parseInt(h.substring(h.length() - 2), 16) % 7 == 0;
    }

    static ObjectNode side(ObjectMapper json, Map<String, String> fileOf, Map<String, Document> docs, Statement s) {
        Document d = docs.get(s.doc());
        ObjectNode o = json.createObjectNode();
        o.put("file", fileOf.get(d.id()));
        o.put("start", s.bodyStart());
        o.put("end", s.bodyEnd());
        o.put("sha1", BasilText.sha1(s.text()));
        o.put("speaker", s.speaker());
        o.put("cue", s.cue());
        o.put("kind", s.kind().label());
        o.put("said_on", s.saidOn());
        o.put("published", d.published() == null ? null : d.published().toString());
        o.put("outlet", d.outlet());
        o.put("title", d.title());
        o.put("text", s.text());
        o.put("sentence", s.sentence());
        return o;
    }

    /** Each document's file, relative to {@code shared} ("bench/aeb/html/x.html"): BASIL by the ids it is stored under. */
    public static Map<String, String> files(Path shared, List<Document> documents) throws IOException {
        Map<String, String> basil = new HashMap<>();
        for (String year : BASIL_YEARS) {
            try (Stream<Path> files = Files.list(shared.resolve("bench/basil/articles").resolve(year))) {
                for (Path f : files.toList()) {
                    String rel = shared.relativize(f).toString();
                    basil.put(Ids.of("d", rel), rel);
                }
            }
        }
        Path root = shared.toAbsolutePath().normalize();
        Map<String, String> out = new HashMap<>();
        for (Document d : documents) {
            String f = basil.get(d.id());
            if (f == null) {
                Path p = Path.of(d.source()).toAbsolutePath().normalize();
                f = p.startsWith(root) ? root.relativize(p).toString() : d.source();
            }
            out.put(d.id(), f);
        }
        return out;
    }

    /** Statements overlapping a span of the findings dev set (BASIL by offsets; an HTML page's statements all). */
    static Set<String> devSetStatements(Resolved r, Map<String, String> fileOf) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<int[]>> spans = new HashMap<>();
        try (InputStream in = FindingsBench.class.getResourceAsStream("devsets/findings-pairs.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                JsonNode p = json.readTree(line);
                for (String side : List.of("a", "b")) {
                    JsonNode s = p.path(side);
                    spans.computeIfAbsent(s.path("file").asText(), k -> new ArrayList<>())
                            .add(new int[]{s.path("start").asInt(), s.path("end").asInt()});
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (Statement s : r.statements()) {
            String f = fileOf.get(s.doc());
            List<int[]> l = spans.get(f);
            if (l == null) continue;
            if (!f.endsWith(".json")) {
                out.add(s.id());
                continue;
            }
            for (int[] x : l) if (s.bodyStart() < x[1] && x[0] < s.bodyEnd()) out.add(s.id());
        }
        return out;
    }
}

package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Standard;

/**
 * Speakers beyond PolNeAR, on BASIL articles run through the per-document stages ({@link Standard#statements},
 * as {@code analyze} runs them):
 * <ul>
 * <li>BASIL's own phrase annotations with {@code quote: "yes"} (722 quoted spans; a span's {@code id} "pN"
 * names sentence N of {@code body-paragraphs}, counted over all paragraphs from 0, and {@code start}/{@code end}
 * are offsets in that sentence). The spans whose speaker is a name (not {@code other_*}, not empty) are scored
 * against the speaker of the statement covering them, by {@link SpeakerMatch}; a span no statement covers is
 * wrong.</li>
 * <li>The hand-annotated dev set {@code devsets/basil-speakers.jsonl} (10 articles, every quotation and
 * reported statement): statement recall and speaker accuracy, by kind.</li>
 * </ul>
 * A gold span is covered by the statement overlapping it most (ties: the shorter statement); quotation marks
 * at the edges of a BASIL span are not counted. Per-span results go to {@code OUT/basil-spans.tsv} and
 * {@code OUT/own-statements.tsv} for error analysis.
 */
public final class SpeakersBench {
    public static final String DEVSET = "devsets/basil-speakers.jsonl";
    /** BASIL's speaker labels classed by hand as person, organisation or group (a group names no one speaker). */
    public static final String LABELS = "devsets/basil-speaker-labels.tsv";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKS = "\"“”‘’'";

    /**
     * Counts over a set of gold spans.
     *
     * @param spans        gold spans
     * @param covered      spans some Onrecord statement overlaps
     * @param named        spans whose gold speaker is a name
     * @param namedCovered named spans covered
     * @param namedRight   named spans whose covering statement has the same speaker
     */
    public record Tally(int spans, int covered, int named, int namedCovered, int namedRight) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

        Tally plus(boolean isCovered, boolean isNamed, boolean right) {
            return new Tally(spans + 1, covered + (isCovered ? 1 : 0), named + (isNamed ? 1 : 0),
                    namedCovered + (isNamed && isCovered ? 1 : 0), namedRight + (right ? 1 : 0));
        }

        public double coverage() {
            return ratio(covered, spans);
        }

        /** Right over all named spans (an uncovered span is wrong). */
        public double accuracy() {
            return ratio(namedRight, named);
        }

        /** Right over the named spans a statement covers. */
        public double accuracyCovered() {
            return ratio(namedRight, namedCovered);
        }
    }

    /**
     * BASIL's spans (and their named spans by the label's class: person, organisation, group), and the dev set
     * overall and by kind (direct, partial, indirect).
     */
    public record Figures(Tally basil, Map<String, Tally> basilByClass, Tally own, Map<String, Tally> ownByKind) {
        public String scoreLine() {
            return String.format(Locale.ROOT, "SCORE basil_named_acc=%.3f basil_named_n=%d basil_coverage=%.3f own_recall=%.3f own_speaker_acc=%.3f own_speaker_n=%d",
                    basil.accuracy(), basil.named(), basil.coverage(), own.coverage(), own.accuracy(), own.named());
        }
    }

    public record Result(Figures figures, Path output, int articles, double seconds) {
    }

    private SpeakersBench() {
    }

    /** Every BASIL article with a quoted span, and the whole dev set. */
    public static Result run(Path shared, Path outDir) throws IOException {
        return run(shared, outDir, f -> true);
    }

    /** Only the articles whose path (relative to {@code shared}) passes {@code articles}. */
    public static Result run(Path shared, Path outDir, Predicate<String> articles) throws IOException {
        Path annotations = shared.resolve("bench/basil/annotations");
        if (!Files.isDirectory(annotations)) {
            throw new IOException(annotations + ": not found (is --shared the shared folder?)");
        }
        BasilText.Articles texts = new BasilText.Articles(shared);
        List<BasilText.Anchored> own;
        try (InputStream in = SpeakersBench.class.getResourceAsStream(DEVSET)) {
            if (in == null) throw new IOException(DEVSET + ": not on the class path");
            own = BasilText.anchored(in, DEVSET, texts).stream().filter(a -> articles.test(a.span().article().file())).toList();
        }
        Files.createDirectories(outDir);
        Map<String, List<Statement>> statements = new HashMap<>();
        long t0 = System.nanoTime();
        Map<String, Tally> byClass = new LinkedHashMap<>();
        for (String k : List.of("person", "organisation", "group")) byClass.put(k, Tally.ZERO);
        Tally basil = scoreBasil(shared, annotations, articles, texts, statements, labelClasses(), byClass, outDir.resolve("basil-spans.tsv"));
        Tally ownAll = Tally.ZERO;
        Map<String, Tally> byKind = new LinkedHashMap<>();
        for (String k : List.of("direct", "partial", "indirect")) byKind.put(k, Tally.ZERO);
        try (BufferedWriter w = Files.newBufferedWriter(outDir.resolve("own-statements.tsv"), StandardCharsets.UTF_8)) {
            w.write("file\tstart\tend\tkind\tgold\tgold_desc\tpredicted\tright\tstatement_kind\tmention\tcue\tspan\n");
            for (BasilText.Anchored a : own) {
                BasilText.Span s = a.span();
                String gold = a.line().path("speaker").isTextual() ? a.line().get("speaker").asText() : null;
                String kind = a.line().path("kind").asText();
                if (!byKind.containsKey(kind)) throw new IOException(a.where() + ": kind " + kind + " is not direct, partial or indirect");
                Statement st = covering(statementsOf(s.article(), statements), s.start(), s.end());
                boolean right = gold != null && st != null && SpeakerMatch.same(gold, st.speaker());
                ownAll = ownAll.plus(st != null, gold != null, right);
                byKind.put(kind, byKind.get(kind).plus(st != null, gold != null, right));
                w.write(row(s.article().file(), s.start(), s.end(), kind, gold, a.line().path("speaker_desc").asText(""), st, right, s.text()));
            }
        }
        int docs = statements.size();
        return new Result(new Figures(basil, byClass, ownAll, byKind), outDir, docs, (System.nanoTime() - t0) / 1e9);
    }

    private static Tally scoreBasil(Path shared, Path annotations, Predicate<String> articles, BasilText.Articles texts,
                                    Map<String, List<Statement>> statements, Map<String, String> classes, Map<String, Tally> byClass,
                                    Path tsv) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(annotations)) {
            files = s.filter(p -> p.toString().endsWith("_ann.json")).sorted().toList();
        }
        Tally t = Tally.ZERO;
        try (BufferedWriter w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            w.write("file\tstart\tend\tid\tgold\tnamed\tpredicted\tright\tstatement_kind\tmention\tcue\tspan\n");
            for (Path f : files) {
                String article = shared.relativize(f).toString().replace('\\', '/')
                        .replace("bench/basil/annotations/", "bench/basil/articles/").replaceFirst("_ann\\.json$", ".json");
                if (!articles.test(article)) continue;
                JsonNode ann;
                try {
                    ann = JSON.readTree(f.toFile());
                } catch (IOException e) {
                    throw new IOException(f + ": not a BASIL annotation file (" + e.getMessage() + ")", e);
                }
                for (JsonNode p : ann.path("phrase-level-annotations")) {
                    if (!"yes".equals(p.path("quote").asText())) continue;
                    BasilText.Article a = texts.get(article);
                    int[] span = basilSpan(f, a, p);
                    String gold = p.path("speaker").asText("");
                    boolean named = !gold.isBlank() && !gold.startsWith("other");
                    Statement st = covering(statementsOf(a, statements), span[0], span[1]);
                    boolean right = named && st != null && SpeakerMatch.same(gold, st.speaker());
                    t = t.plus(st != null, named, right);
                    if (named) {
                        String c = classes.get(gold);
                        if (c == null) throw new IOException(f + ": speaker label " + gold + " is not classed in " + LABELS);
                        byClass.put(c, byClass.get(c).plus(st != null, true, right));
                    }
                    w.write(row(article, span[0], span[1], p.path("id").asText(), gold, String.valueOf(named), st, right,
                            a.body().substring(span[0], span[1])));
                }
            }
        }
        return t;
    }

    /** label -> person | organisation | group, from {@link #LABELS}. */
    static Map<String, String> labelClasses() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = SpeakersBench.class.getResourceAsStream(LABELS)) {
            if (in == null) throw new IOException(LABELS + ": not on the class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("label\t")) continue;
                String[] f = line.split("\t");
                if (f.length != 2 || !List.of("person", "organisation", "group").contains(f[1].strip())) {
                    throw new IOException(LABELS + ": bad line " + line);
                }
                out.put(f[0], f[1].strip());
            }
        }
        return out;
    }

    /** A BASIL phrase annotation's span in the body, quotation marks at its edges left out; checked against its {@code txt}. */
    static int[] basilSpan(Path annFile, BasilText.Article a, JsonNode p) throws IOException {
        String id = p.path("id").asText();
        if (!id.matches("p\\d+")) throw new IOException(annFile + ": phrase id " + id + " is not pN");
        int n = Integer.parseInt(id.substring(1));
        if (n >= a.sentenceStarts().length) throw new IOException(annFile + ": phrase " + id + " names a sentence the article does not have");
        int s = a.sentenceStarts()[n] + p.path("start").asInt(), e = a.sentenceStarts()[n] + p.path("end").asInt();
        if (s < 0 || e > a.body().length() || e < s || !a.body().substring(s, e).equals(p.path("txt").asText())) {
            throw new IOException(annFile + ": phrase " + id + " (" + p.path("start").asInt() + ".." + p.path("end").asInt()
                    + " of sentence " + n + ") is not its txt in the article body");
        }
        while (s < e && (MARKS.indexOf(a.body().charAt(s)) >= 0 || Character.isWhitespace(a.body().charAt(s)))) s++;
        while (e > s && (MARKS.indexOf(a.body().charAt(e - 1)) >= 0 || Character.isWhitespace(a.body().charAt(e - 1)))) e--;
        return new int[]{s, e};
    }

    private static List<Statement> statementsOf(BasilText.Article a, Map<String, List<Statement>> done) {
        return done.computeIfAbsent(a.file(), f -> Standard.statements(a.document(f)));
    }

    /** The statement overlapping {@code start..end} most; of equal overlaps the shorter. Null when none overlaps. */
    static Statement covering(List<Statement> statements, int start, int end) {
        Statement best = null;
        int bestOverlap = 0;
        for (Statement s : statements) {
            int o = Math.min(end, s.bodyEnd()) - Math.max(start, s.bodyStart());
            if (o <= 0) continue;
            if (o > bestOverlap || o == bestOverlap && s.bodyEnd() - s.bodyStart() < best.bodyEnd() - best.bodyStart()) {
                best = s;
                bestOverlap = o;
            }
        }
        return best;
    }

    private static String row(String file, int start, int end, String what, String gold, String extra, Statement st, boolean right, String span) {
        List<String> cells = new ArrayList<>(List.of(file, String.valueOf(start), String.valueOf(end), what, gold == null ? "" : gold, extra,
                st == null ? "" : st.speaker() == null ? "(none)" : st.speaker(), String.valueOf(right),
                st == null ? "" : st.kind().label(), st == null || st.speakerMention() == null ? "" : st.speakerMention(),
                st == null || st.cue() == null ? "" : st.cue(), span));
        cells.replaceAll(c -> c.replace('\t', ' ').replace('\n', ' '));
        return String.join("\t", cells) + "\n";
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}

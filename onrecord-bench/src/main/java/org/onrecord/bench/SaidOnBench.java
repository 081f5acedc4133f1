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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.onrecord.clean.Clean;
import org.onrecord.ingest.Ingest;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Document;
import org.onrecord.model.Ids;
import org.onrecord.model.Problem;
import org.onrecord.model.RawDocument;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Standard;

/**
 * When each statement was said ({@code said_on}), against the hand-annotated dev set {@code devsets/saidon.jsonl}
 * (see {@code devsets/SAIDON-README.md}): BASIL articles (body as {@link BasilText} builds it) and htmldate pages
 * (the body {@link Clean} extracts, publication date as Clean finds it, as {@code analyze} would). Each gold span
 * is covered by the statement overlapping it most ({@link SpeakersBench#covering}); its {@code said_on} must equal
 * the gold day (null for null). The dev and held-out parts are scored apart, with the baseline that dates every
 * statement by its article's publication date. Per-span results go to {@code OUT/saidon.tsv}.
 */
public final class SaidOnBench {
    public static final String DEVSET = "devsets/saidon.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Counts over one part.
     *
     * @param spans    gold spans
     * @param covered  spans an Onrecord statement covers
     * @param right    covered spans whose statement's said_on is the gold one
     * @param baseline covered spans whose article's publication date is the gold said_on
     * @param basisRight covered spans whose statement's said_on and basis are both the gold ones
     */
    public record Tally(int spans, int covered, int right, int baseline, int basisRight) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

        Tally plus(boolean isCovered, boolean isRight, boolean base, boolean basis) {
            return new Tally(spans + 1, covered + (isCovered ? 1 : 0), right + (isRight ? 1 : 0), baseline + (base ? 1 : 0),
                    basisRight + (basis ? 1 : 0));
        }

        /** Right over the covered spans: how often the date of a statement Onrecord finds is right. */
        public double accuracy() {
            return covered == 0 ? 0 : (double) right / covered;
        }

        public double baselineAccuracy() {
            return covered == 0 ? 0 : (double) baseline / covered;
        }

        public double basisAccuracy() {
            return covered == 0 ? 0 : (double) basisRight / covered;
        }

        public double coverage() {
            return spans == 0 ? 0 : (double) covered / spans;
        }
    }

    public record Result(Tally dev, Tally heldOut, Path output, int articles, double seconds) {
        public String scoreLine() {
            return String.format(Locale.ROOT, "SCORE saidon_heldout=%.3f saidon_dev=%.3f baseline_heldout=%.3f baseline_dev=%.3f heldout_n=%d dev_n=%d",
                    heldOut.accuracy(), dev.accuracy(), heldOut.baselineAccuracy(), dev.baselineAccuracy(), heldOut.covered(), dev.covered());
        }
    }

    private SaidOnBench() {
    }

    /** An article of the dev set: a BASIL file or an htmldate page, as Onrecord reads it. */
    record Article(String file, String sha1, Document doc) {
    }

    static Article article(Path shared, String file) throws IOException {
        if (file.endsWith(".json")) {
            BasilText.Article a = BasilText.read(shared, file);
            return new Article(file, a.sha1(), a.document(Ids.of("d", file)));
        }
        Path p = shared.resolve(file);
        if (!Files.isRegularFile(p)) throw new IOException(p + ": page not found");
        byte[] bytes = Files.readAllBytes(p);
        List<RawDocument> raw = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new Ingest(Manifest.EMPTY).read(p, new Ingest.Sink() {
            @Override
            public void document(RawDocument doc) {
                raw.add(doc);
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem.message());
            }
        });
        if (raw.size() != 1) throw new IOException(p + ": not one document (" + problems + ")");
        return new Article(file, BasilText.sha1(bytes), Clean.clean(raw.get(0)));
    }

    /**
     * The annotated span in the article's body: at its offsets when the text there has the span's SHA-1, else the
     * one stretch of the same length that has it (a cleaner that moves the body shifts offsets, not words).
     */
    static int[] locate(String where, Article a, int start, int end, String spanSha1) throws IOException {
        String body = a.doc().body();
        if (start >= 0 && end <= body.length() && end >= start && BasilText.sha1(body.substring(start, end)).equals(spanSha1)) {
            return new int[]{start, end};
        }
        int len = end - start;
        for (int s = 0; s + len <= body.length(); s++) {
            if (BasilText.sha1(body.substring(s, s + len)).equals(spanSha1)) return new int[]{s, s + len};
        }
        throw new IOException(where + ": span " + start + ".." + end + " of " + a.file() + " is not in its body (SHA-1 differs)");
    }

    public static Result run(Path shared, Path outDir) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (InputStream in = SaidOnBench.class.getResourceAsStream(DEVSET)) {
            if (in == null) throw new IOException(DEVSET + ": not on the class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) lines.add(JSON.readTree(line));
            }
        }
        long t0 = System.nanoTime();
        Map<String, Article> articles = new HashMap<>();
        Map<String, List<Statement>> statements = new HashMap<>();
        Tally dev = Tally.ZERO, held = Tally.ZERO;
        Files.createDirectories(outDir);
        Path tsv = outDir.resolve("saidon.tsv");
        try (BufferedWriter w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
            w.write("part\tfile\tstart\tend\tpublished\tgold\tgold_basis\tpredicted\tbasis\tright\tcue\tspan\n");
            int n = 0;
            for (JsonNode j : lines) {
                n++;
                String where = DEVSET + " line " + n;
                String file = j.path("file").asText();
                Article a = articles.get(file);
                if (a == null) {
                    a = article(shared, file);
                    articles.put(file, a);
                }
                if (!a.sha1().equals(j.path("file_sha1").asText())) {
                    throw new IOException(where + ": " + file + " has SHA-1 " + a.sha1() + ", the annotation was made on " + j.path("file_sha1").asText());
                }
                int[] span = locate(where, a, j.path("start").asInt(), j.path("end").asInt(), j.path("span_sha1").asText());
                Document doc = a.doc();
                List<Statement> in = statements.computeIfAbsent(file, f -> Standard.statements(doc));
                Statement st = SpeakersBench.covering(in, span[0], span[1]);
                String gold = j.path("said_on").isTextual() ? j.get("said_on").asText() : null;
                String goldBasis = j.path("basis").isTextual() ? j.get("basis").asText() : null;
                String published = doc.published() == null ? null : doc.published().toString();
                boolean right = st != null && Objects.equals(gold, st.saidOn());
                boolean basis = right && Objects.equals(goldBasis, st.saidOnBasis());
                boolean base = st != null && Objects.equals(gold, published);
                boolean heldOut = "heldout".equals(j.path("part").asText());
                if (heldOut) held = held.plus(st != null, right, base, basis);
                else dev = dev.plus(st != null, right, base, basis);
                List<String> cells = new ArrayList<>(List.of(heldOut ? "heldout" : "dev", file, String.valueOf(span[0]), String.valueOf(span[1]),
                        String.valueOf(published), String.valueOf(gold), String.valueOf(goldBasis),
                        st == null ? "(uncovered)" : String.valueOf(st.saidOn()), st == null ? "" : String.valueOf(st.saidOnBasis()),
                        String.valueOf(right), st == null || st.cue() == null ? "" : st.cue(), doc.body().substring(span[0], span[1])));
                cells.replaceAll(c -> c.replace('\t', ' ').replace('\n', ' '));
                w.write(String.join("\t", cells) + "\n");
            }
        }
        return new Result(dev, held, tsv, articles.size(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * For annotating: each article's body with its publication date, then every statement Onrecord finds in it with
     * its offsets, SHA-1s, cue, mention and current said_on, written to {@code out} (outside the repository).
     */
    public static void dump(Path shared, List<String> files, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String f : files) {
                Article a = article(shared, f);
                Document d = a.doc();
                w.write("=== " + f + " sha1=" + a.sha1() + " published=" + d.published() + "\n");
                w.write(d.body() + "\n--- statements\n");
                for (Statement s : Standard.statements(d)) {
                    w.write(String.join("\t", List.of(f, a.sha1(), String.valueOf(s.bodyStart()), String.valueOf(s.bodyEnd()),
                            BasilText.sha1(d.body().substring(s.bodyStart(), s.bodyEnd())), String.valueOf(s.saidOn()),
                            String.valueOf(s.cue()), String.valueOf(s.speakerMention()),
                            s.text().replace('\n', ' ').replace('\t', ' '))) + "\n");
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        dump(Path.of(args[0]), List.of(args).subList(2, args.length), Path.of(args[1]));
    }
}

package org.onrecord.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.onrecord.analyse.Stories;
import org.onrecord.model.Document;
import org.onrecord.model.Story;

/**
 * BASIL story grouping ({@code shared/bench/basil}): the 300 articles as documents built from their
 * {@code title}, {@code date}, {@code source} and {@code body-paragraphs} only (file names, triplet ids,
 * main events, keywords and main entities give the answer away and are never read), grouped by
 * {@link Stories}, written as {@code OUT/basil.tsv} and scored as {@code score_clusters.py} scores it.
 */
public final class BasilBench {
    public record Result(ClusterScore.Figures figures, Path output, int documents) {
    }

    private BasilBench() {
    }

    public static Result run(Path shared, Path outDir) throws IOException {
        return run(shared, outDir, -1);
    }

    /**
     * As {@link #run(Path, Path)}; with {@code embeddingThreshold} >= 0 the stories are grouped by sentence
     * embeddings of title and lead ({@link Stories#groupByEmbeddings}) instead of TF-IDF, for comparison.
     */
    public static Result run(Path shared, Path outDir, double embeddingThreshold) throws IOException {
        Path basil = shared.resolve("bench/basil");
        List<Document> docs = read(basil.resolve("articles"));
        List<Story> stories = embeddingThreshold < 0 ? Stories.group(docs) : Stories.groupByEmbeddings(docs, embeddingThreshold);
        Map<String, String> uuidOf = new HashMap<>();
        for (Document d : docs) uuidOf.put(d.id(), d.url());
        Files.createDirectories(outDir);
        Path out = outDir.resolve("basil.tsv");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("doc_uuid\tstory_id\n");
            for (Story s : stories) {
                for (String id : s.docs()) w.write(uuidOf.get(id) + "\t" + s.id() + "\n");
            }
        }
        return new Result(ClusterScore.evaluate(basil.resolve("gold_clusters.tsv"), out), out, docs.size());
    }

    /** Documents from the articles' allowed fields (as {@link BasilText} reads them), in file order. */
    static List<Document> read(Path articles) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(articles)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Document> out = new ArrayList<>();
        for (Path f : files) {
            out.add(BasilText.read(articles, articles.relativize(f).toString()).document("b" + out.size()));
        }
        return out;
    }
}

package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.onrecord.analyse.Stories;
import org.onrecord.model.Document;
import org.onrecord.model.Format;
import org.onrecord.model.SourceMap;
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
        Path basil = shared.resolve("bench/basil");
        List<Document> docs = read(basil.resolve("articles"));
        List<Story> stories = Stories.group(docs);
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

    /** Documents from the articles' allowed fields; the uuid travels in the url slot (it is only an id here). */
    static List<Document> read(Path articles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Document> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(articles)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int n = 0;
        for (Path f : files) {
            JsonNode a = json.readTree(f.toFile());
            String date = a.path("date").asText(null);
            out.add(new Document("b" + (n++), "basil", a.path("uuid").asText(), a.path("source").asText(null),
                    date == null || date.isBlank() ? null : LocalDate.parse(date.substring(0, 10)), a.path("title").asText(null),
                    null, null, null, body(a), Format.TEXT, SourceMap.NONE, null));
        }
        return out;
    }

    /**
     * An article's text: each sentence of each body paragraph followed by a space, paragraphs ended by a blank
     * line, the whole stripped. Offsets into BASIL articles (the findings dev set's spans) count in this text.
     */
    static String body(JsonNode article) {
        StringBuilder body = new StringBuilder();
        for (JsonNode para : article.path("body-paragraphs")) {
            for (JsonNode sentence : para) body.append(sentence.asText()).append(' ');
            body.append("\n\n");
        }
        return body.toString().strip();
    }
}

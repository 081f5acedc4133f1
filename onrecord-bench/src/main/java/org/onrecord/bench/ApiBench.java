package org.onrecord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.onrecord.web.WebServer;
import java.util.stream.Collectors;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Statement;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;

/**
 * API latency: a store built from the seeds and the 840 PolNeAR train texts, served on localhost, then
 * timeline and search requests (the busiest speakers, words from the statements) timed one at a time after
 * a warm-up; prints p50/p95/max per endpoint and the store's size.
 */
public final class ApiBench {
    public record Latency(String endpoint, int requests, double p50, double p95, double max) {
    }

    public record Result(List<Latency> latencies, long storeBytes, int documents, int statements) {
    }

    private ApiBench() {
    }

    public static Result run(Path shared, Path outDir, int requests, Consumer<String> log) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path db = outDir.resolve("api.db");
        for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(db + suffix));
        try (Store store = Store.open(db)) {
            log.accept("building the store from the seeds and bench/polnear/train/text ...");
            new Pipeline(store, Manifest.read(shared.resolve("seeds/manifest.json")), Standard::analyse, s -> { })
                    .run(List.of(shared.resolve("seeds").toString(), shared.resolve("bench/polnear/train/text").toString()), Pipeline.Progress.NONE);
            Standard.crossDocument(store);
        }
        long size = Files.size(db);
        List<Latency> out = new ArrayList<>();
        int docs, statements;
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null); Store store = Store.open(db)) {
            List<Statement> all = store.statements();
            docs = store.documents().size();
            statements = all.size();
            List<String> speakers = all.stream().filter(s -> s.speaker() != null)
                    .collect(Collectors.groupingBy(Statement::speaker, Collectors.counting())).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(50).map(Map.Entry::getKey).toList();
            Random random = new Random(7);
            List<String> words = new ArrayList<>();
            for (Statement s : all) {
                for (String w : s.text().split("[^\\p{L}]+")) if (w.length() > 5) words.add(w.toLowerCase(java.util.Locale.ROOT));
            }
            HttpClient http = HttpClient.newHttpClient();
            List<String> timelineUrls = new ArrayList<>(), searchUrls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                timelineUrls.add(server.url() + "api/timeline/" + enc(speakers.get(i % speakers.size())));
                searchUrls.add(server.url() + "api/search?q=" + enc(words.get(random.nextInt(words.size())) + " "
                        + words.get(random.nextInt(words.size()))));
            }
            for (int i = 0; i < 30; i++) {
                get(http, timelineUrls.get(i % timelineUrls.size()));
                get(http, searchUrls.get(i % searchUrls.size()));
            }
            out.add(measure("timeline", http, timelineUrls));
            out.add(measure("search", http, searchUrls));
        }
        return new Result(out, size, docs, statements);
    }

    private static Latency measure(String name, HttpClient http, List<String> urls) throws IOException, InterruptedException {
        List<Double> ms = new ArrayList<>();
        for (String u : urls) {
            long t0 = System.nanoTime();
            get(http, u);
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(ms);
        return new Latency(name, ms.size(), pct(ms, 0.50), pct(ms, 0.95), ms.get(ms.size() - 1));
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException(url + ": HTTP " + r.statusCode());
        JsonNode ignored = new ObjectMapper().readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

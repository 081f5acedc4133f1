package org.onrecord.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;
import org.onrecord.web.WebServer;

/**
 * {@code serve} while an {@code analyze} writes into its store: every page of the UI and the API requested in
 * turn, one at a time, for as long as the analyze runs; latencies per page and the requests that failed (an
 * error status, or no answer within 30 s).
 */
public final class ServeUnderAnalyze {
    public record Page(String name, int requests, int errors, double p50, double p95, double max) {
    }

    public record Result(List<Page> pages, int errors, double analyzeSeconds, List<String> errorSamples) {
    }

    private ServeUnderAnalyze() {
    }

    /** Serves a copy of {@code base} while {@code analyze} runs over {@code inputs} into it. */
    static Result run(Child child, Path base, List<Path> inputs, Path out, Consumer<String> log) throws IOException, InterruptedException {
        Path db = out.resolve("serve.db");
        Child.deleteStore(db);
        Store.open(base).close(); // the last connection to close folds the write-ahead log into the file: one file is the whole store
        Files.copy(base, db, StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> pages = pages(db);
        Map<String, List<Double>> ms = new LinkedHashMap<>();
        Map<String, Integer> errors = new LinkedHashMap<>();
        List<String> samples = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            List<String> args = new ArrayList<>(List.of("analyze"));
            inputs.forEach(p -> args.add(p.toString()));
            args.addAll(List.of("--store", db.toString(), "-q"));
            log.accept("serve under analyze: requesting " + pages.size() + " pages while analyze runs ...");
            long t0 = System.nanoTime();
            Process analyze = child.start(out.resolve("serve-analyze.log"), args.toArray(String[]::new));
            while (analyze.isAlive()) {
                for (Map.Entry<String, String> p : pages.entrySet()) {
                    long t = System.nanoTime();
                    String error = get(http, server.url() + p.getValue().substring(1));
                    ms.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
                    if (error != null) {
                        errors.merge(p.getKey(), 1, Integer::sum);
                        if (samples.size() < 10) samples.add(p.getValue() + ": " + error);
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (analyze.exitValue() != 0) throw new IOException("the analyze under serve failed:\n" + Child.tail(out.resolve("serve-analyze.log")));
            List<Page> result = new ArrayList<>();
            int total = 0;
            for (Map.Entry<String, List<Double>> e : ms.entrySet()) {
                List<Double> l = e.getValue();
                Collections.sort(l);
                int err = errors.getOrDefault(e.getKey(), 0);
                total += err;
                result.add(new Page(e.getKey(), l.size(), err, pct(l, 0.5), pct(l, 0.95), l.get(l.size() - 1)));
            }
            return new Result(result, total, seconds, samples);
        }
    }

    /** One request of each kind the UI and the API answer, for the store's busiest speaker and one of their statements. */
    private static Map<String, String> pages(Path db) {
        Map<String, String> p = new LinkedHashMap<>();
        try (Store s = Store.open(db)) {
            List<Statement> statements = s.statements();
            Map<String, Long> bySpeaker = new java.util.HashMap<>();
            statements.stream().filter(st -> st.speaker() != null).forEach(st -> bySpeaker.merge(st.speaker(), 1L, Long::sum));
            String busiest = bySpeaker.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElseThrow(() -> new IllegalStateException("the store has no speakers"));
            Person person = s.people().stream().filter(x -> x.name().equals(busiest)).findFirst().orElseThrow();
            Statement statement = statements.stream().filter(st -> busiest.equals(st.speaker())).findFirst().orElseThrow();
            String word = statement.text().split("\\s+")[0].replaceAll("[^\\p{L}]", "");
            p.put("home", "/");
            p.put("people", "/people");
            p.put("person", "/person/" + enc(person.id()));
            p.put("statement", "/statement/" + enc(statement.id()));
            p.put("outlets", "/outlets");
            p.put("search", "/search?q=" + enc(word.isEmpty() ? "said" : word));
            p.put("api timeline", "/api/timeline/" + enc(person.id()));
            p.put("api search", "/api/search?q=" + enc(word.isEmpty() ? "said" : word));
            p.put("api findings", "/api/findings");
        }
        return p;
    }

    /** GETs a URL; the error, or null when it answered 200. */
    private static String get(HttpClient http, String url) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 ? null : "HTTP " + r.statusCode();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p * sorted.size()) - 1)));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

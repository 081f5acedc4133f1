package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ingest.Manifest;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;

/** A running server shows what an analyze run adds to its store, without a restart. FICTIONAL article. */
class LiveStoreTest {
    @TempDir
    Path dir;

    @Test
    void analyzeWhileServingShowsUpWithoutARestart() throws Exception {
        Path db = dir.resolve("live.db");
        Store.open(db).close();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            HttpClient http = HttpClient.newHttpClient();
            URI people = URI.create(server.url() + "api/people");
            assertEquals("[]", http.send(HttpRequest.newBuilder(people).build(), HttpResponse.BodyHandlers.ofString()).body());

            Path in = Files.createDirectories(dir.resolve("in"));
            Files.writeString(in.resolve("ferry.txt"), "Ferry fees will fall, says mayor\n\n"
                    + "“The fees will fall in May,” Mayor Tom Reyes said on Monday.\n");
            try (Store writer = Store.open(db)) {
                new Pipeline(writer, Manifest.EMPTY, Standard::analyse, Standard::crossDocument)
                        .run(List.of(in.toString()), Pipeline.Progress.NONE);
            }
            String body = "";
            for (int i = 0; i < 30 && !body.contains("Tom Reyes"); i++) {
                Thread.sleep(200);
                body = http.send(HttpRequest.newBuilder(people).build(), HttpResponse.BodyHandlers.ofString()).body();
            }
            assertTrue(body.contains("Tom Reyes"), body);
        }
    }
}

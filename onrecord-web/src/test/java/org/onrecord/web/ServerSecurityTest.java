package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.store.Store;

class ServerSecurityTest {
    @TempDir
    Path dir;

    @Test
    void bindingBeyondLocalhostNeedsAToken() {
        Path db = dir.resolve("s.db");
        Store.open(db).close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebServer.start(db, "0.0.0.0", 0, null));
        assertTrue(e.getMessage().contains("needs a token"), e.getMessage());
    }

    @Test
    void withATokenEveryRequestMustCarryIt() throws Exception {
        Path db = dir.resolve("s.db");
        Store.open(db).close();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, "s3cret")) {
            HttpClient http = HttpClient.newHttpClient();
            URI api = URI.create(server.url() + "api/people");
            assertEquals(401, http.send(HttpRequest.newBuilder(api).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(401, http.send(HttpRequest.newBuilder(api).header("Authorization", "Bearer wrong").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(api).header("Authorization", "Bearer s3cret").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
            assertEquals("[]", ok.body());
            HttpResponse<String> spec = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/openapi.json"))
                    .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(spec.body().contains("\"openapi\": \"3.0.3\""));
        }
    }
}

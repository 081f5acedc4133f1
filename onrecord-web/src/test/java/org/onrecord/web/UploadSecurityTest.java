package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.store.Store;

/**
 * Who may post articles, and how much: beyond localhost only with the token (403 without), only from this server's
 * own form (its token, its origin), within the size limit (413), as a multipart form (415). None of these requests
 * reaches the analysis, and none leaves a file behind.
 */
class UploadSecurityTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private static final byte[] ARTICLE = "FICTIONAL: “No,” the mayor said.".getBytes(StandardCharsets.UTF_8);

    private Path emptyStore() {
        Path db = dir.resolve("s.db");
        Store.open(db).close();
        return db;
    }

    @Test
    void beyondLocalhostAnUploadWithoutTheTokenIsRefused() throws Exception {
        try (WebServer server = WebServer.start(emptyStore(), "0.0.0.0", 0, "s3cret")) {
            String url = server.url() + "upload";
            HttpResponse<String> none = http.send(new Multipart().file("files", "a.txt", ARTICLE).post(url).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, none.statusCode(), none.body());
            assertTrue(none.body().contains("token"), none.body());
            HttpResponse<String> wrong = http.send(new Multipart().file("files", "a.txt", ARTICLE).post(url)
                    .header("Authorization", "Bearer nope").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, wrong.statusCode());
            // the token opens the door (a form without files is then the client's mistake, and nothing is analysed)
            HttpResponse<String> withToken = http.send(new Multipart().field("note", "x").post(url)
                    .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, withToken.statusCode(), withToken.body());
            assertTrue(withToken.body().contains("no article file was chosen"), withToken.body());
            // the page itself needs the token like every other page
            assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void aPostFromAnotherSiteOrWithoutTheFormsTokenIsRefused() throws Exception {
        try (WebServer server = WebServer.start(emptyStore(), "127.0.0.1", 0, null)) {
            String url = server.url() + "upload";
            String token = formToken(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
            // a page elsewhere posting to the open localhost server: another origin
            HttpResponse<String> foreign = http.send(new Multipart().field("csrf", token).file("files", "a.txt", ARTICLE).post(url)
                    .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, foreign.statusCode());
            assertTrue(foreign.body().contains("https://evil.example"), foreign.body());
            HttpResponse<String> crossSite = http.send(new Multipart().field("csrf", token).file("files", "a.txt", ARTICLE).post(url)
                    .header("Sec-Fetch-Site", "cross-site").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, crossSite.statusCode());
            // a form without the token (a forged one cannot read it), or with a wrong one
            for (Multipart forged : new Multipart[] {new Multipart().file("files", "a.txt", ARTICLE),
                    new Multipart().field("csrf", "guess").file("files", "a.txt", ARTICLE)}) {
                HttpResponse<String> r = http.send(forged.post(url).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(403, r.statusCode(), r.body());
                assertTrue(r.body().contains("token is missing or out of date"), r.body());
            }
            // the token after the files is too late: the files would have been written before it was seen
            HttpResponse<String> late = http.send(new Multipart().file("files", "a.txt", ARTICLE).field("csrf", token).post(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, late.statusCode());
            // not a form at all
            HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(415, json.statusCode());
            assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(server.url() + "upload/x"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertNoUploadFolderLeft();
    }

    @Test
    void anUploadOverTheLimitIs413() throws Exception {
        try (WebServer server = WebServer.start(emptyStore(), "127.0.0.1", 0, null, 64 * 1024)) {
            String url = server.url() + "upload";
            String token = formToken(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
            HttpResponse<String> big = http.send(new Multipart().field("csrf", token).file("files", "big.txt", new byte[200 * 1024]).post(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, big.statusCode(), big.body());
            assertTrue(big.body().contains("larger than this server takes at once"), big.body());
            // without a declared length the limit holds while reading
            byte[] body = new Multipart().field("csrf", token).file("files", "big.txt", new byte[200 * 1024]).bytes();
            HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
        }
        assertNoUploadFolderLeft();
    }

    static String formToken(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private static void assertNoUploadFolderLeft() throws Exception {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertFalse(tmp.anyMatch(p -> p.getFileName().toString().startsWith("onrecord-upload-") && isRecent(p)),
                    "a refused upload left its folder behind");
        }
    }

    private static boolean isRecent(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis() > System.currentTimeMillis() - 60_000;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

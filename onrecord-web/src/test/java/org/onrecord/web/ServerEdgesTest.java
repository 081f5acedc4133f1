package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ingest.Manifest;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;

/**
 * The server's edges, with raw HTTP requests (so the Host header and the exact bytes of the address are
 * the test's): DNS rebinding, where a token may travel, malformed escapes, bind errors, the banner URL.
 * The article is FICTIONAL.
 */
class ServerEdgesTest {
    @TempDir
    Path dir;
    Path db;

    /** A response: status code, header lines as received, body. */
    record Answer(int status, String headers, String body) {
        /** The value of the first header of that name (any case), or "". */
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
            }
            return "";
        }

        /** The session cookie this answer sets, as a browser would send it back. */
        String sessionCookie() {
            return header("Set-Cookie").replaceFirst(";.*", "");
        }
    }

    @BeforeEach
    void store() throws IOException {
        db = dir.resolve("s.db");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("ferry.txt"), "Ferry fees will fall, says mayor\n\n"
                + "“The fees will fall in May,” Mayor Tom Reyes said on Monday.\n");
        try (Store s = Store.open(db)) {
            new Pipeline(s, Manifest.EMPTY, Standard::statements, Standard::crossDocument).run(List.of(in.toString()), Pipeline.Progress.NONE);
        }
    }

    static Answer raw(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = all.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, all.substring(split + 4));
        }
    }

    static Answer get(int port, String target, String host, String... headers) throws IOException {
        StringBuilder r = new StringBuilder("GET " + target + " HTTP/1.1\r\n");
        if (host != null) r.append("Host: ").append(host).append("\r\n");
        for (String h : headers) r.append(h).append("\r\n");
        return raw(port, r.append("Connection: close\r\n\r\n").toString());
    }

    @Test
    void requestsNamingAnotherHostAreRefused() throws IOException {
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            int port = server.port();
            for (String ok : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port, "localhost")) {
                assertEquals(200, get(port, "/api/people", ok).status(), ok);
            }
            for (String bad : List.of("attacker.example:" + port, "attacker.example", "localhost:" + (port + 1), "127.0.0.1.nip.example:" + port)) {
                Answer a = get(port, "/api/people", bad);
                assertEquals(421, a.status(), bad);
                assertFalse(a.body().contains("Tom Reyes"), bad);
                assertTrue(a.body().contains("DNS rebinding"), a.body());
            }
            Answer noHost = raw(port, "GET /api/people HTTP/1.0\r\n\r\n");
            assertEquals(421, noHost.status());
        }
    }

    @Test
    void theTokenTravelsOnlyInTheAuthorizationHeaderOrTheSessionCookie() throws IOException {
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, "s3cret")) {
            int port = server.port();
            String host = "127.0.0.1:" + port;
            assertEquals(401, get(port, "/api/people?token=s3cret", host).status(), "never in the query string");
            assertEquals(401, get(port, "/api/people", host, "Authorization: Bearer wrong").status());
            Answer bearer = get(port, "/api/people", host, "Authorization: Bearer s3cret");
            assertEquals(200, bearer.status());
            assertTrue(bearer.body().contains("Tom Reyes"), bearer.body());
            String setCookie = bearer.header("Set-Cookie");
            assertTrue(Pattern.matches("onrecord_session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict", setCookie), setCookie);
            String value = bearer.sessionCookie();
            assertEquals(200, get(port, "/people", host, "Cookie: theme=dark; " + value).status());
            assertEquals(401, get(port, "/people", host, "Cookie: onrecord_session=forged").status());

            Answer page = get(port, "/people", host);
            assertEquals(401, page.status());
            assertTrue(page.body().contains("<form method=\"post\" action=\"/login\">"), page.body());
            assertEquals(200, get(port, "/static/onrecord.css", host).status(), "the login page's style needs no token");

            String form = "token=s3cret";
            Answer login = raw(port, "POST /login HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form);
            assertEquals(303, login.status());
            assertEquals("/", login.header("Location"));
            assertEquals(200, get(port, "/people", host, "Cookie: " + login.sessionCookie()).status());
            String wrong = "token=guess";
            assertEquals(401, raw(port, "POST /login HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: " + wrong.length()
                    + "\r\nConnection: close\r\n\r\n" + wrong).status());
        }
    }

    @Test
    void malformedEscapesAreTheClientsErrorNotTheServers() throws IOException {
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            int port = server.port();
            String host = "127.0.0.1:" + port;
            assertEquals(404, get(port, "/statement/%25zz", host).status(), "decoded once: the id '%zz' is simply not there");
            for (String target : List.of("/statement/%zz", "/statement/%4", "/person/%C3%28", "/search?q=%zz", "/api/search?q=caf%e9",
                    "/api/timeline/%", "/outlets?topic=%G1")) {
                Answer a = get(port, target, host);
                assertTrue(a.status() == 400, target + " -> " + a.status() + " " + a.body());
            }
            assertEquals(200, get(port, "/search?q=fees+fall", host).status());
        }
    }

    @Test
    void bindErrorsAreOneSentence() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IOException e = assertThrows(IOException.class, () -> WebServer.start(db, "127.0.0.1", busy.getLocalPort(), null));
            assertEquals("cannot listen on 127.0.0.1:" + busy.getLocalPort() + ": port " + busy.getLocalPort()
                    + " is in use (another server?); choose another with --port, or --port 0 for a free one", e.getMessage());
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> WebServer.start(db, "::zz", 0, null));
        assertTrue(bad.getMessage().startsWith("unknown host '::zz': --host takes an address of this machine"), bad.getMessage());
    }

    @Test
    void theBannerUrlWorksWhenListeningOnEveryInterface() throws IOException {
        try (WebServer server = WebServer.start(db, "0.0.0.0", 0, "s3cret")) {
            assertTrue(server.listensEverywhere());
            assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
            java.net.URI u = java.net.URI.create(server.url());
            assertEquals(200, get(u.getPort(), "/api/people", u.getHost() + ":" + u.getPort(), "Authorization: Bearer s3cret").status());
        }
        try (WebServer server = WebServer.start(db, "::1", 0, null)) {
            assertEquals("http://[::1]:" + server.port() + "/", server.url());
        }
    }
}

package org.onrecord.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.onrecord.analyse.Timeline;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;

/**
 * {@code onrecord serve}: the web UI and the REST API over one store, on the JDK's HTTP server. Binds to
 * localhost unless told otherwise, and then only with a token. Static files come from a fixed list of
 * bundled resources, so no request path reaches the file system.
 */
public final class WebServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> STATIC = Map.of("onrecord.css", "text/css; charset=utf-8");
    private static final String CSP = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final HttpServer http;
    private final ExecutorService pool;
    private final Store store;
    private final String token;
    private volatile Snapshot data;
    private long dataVersion;
    private long checkedAt;

    private WebServer(HttpServer http, ExecutorService pool, Store store, String token) {
        this.http = http;
        this.pool = pool;
        this.store = store;
        this.token = token;
        this.dataVersion = store.dataVersion();
        this.data = Snapshot.of(store);
    }

    /** Starts serving {@code storePath}. A host other than loopback needs a token; port 0 picks a free port. */
    public static WebServer start(Path storePath, String host, int port, String token) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        if (!address.isLoopbackAddress() && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("binding to " + host + " (beyond localhost) needs a token: --token or ONRECORD_TOKEN");
        }
        // Without TCP_NODELAY small responses wait for the client's delayed ACK (~40 ms each).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Store store = Store.open(storePath);
        store.rebuildSearchIndex(); // a store written by an older Onrecord has an empty index
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), 64);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        http.setExecutor(pool);
        WebServer server = new WebServer(http, pool, store, token == null || token.isBlank() ? null : token);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://" + http.getAddress().getHostString() + ":" + port() + "/";
    }

    /** Reads the store again (after an analyze run). */
    public synchronized void refresh() {
        dataVersion = store.dataVersion();
        data = Snapshot.of(store);
    }

    /**
     * The snapshot to serve: read again when an analyze run has committed to the store since (checked at most
     * once a second, so a page costs no extra query under load).
     */
    private synchronized Snapshot current() {
        long now = System.nanoTime();
        if (now - checkedAt >= 1_000_000_000L) {
            checkedAt = now;
            if (store.dataVersion() != dataVersion) refresh();
        }
        return data;
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
        store.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "only GET");
                return;
            }
            if (token != null && !authorised(ex)) {
                send(ex, 401, "text/plain; charset=utf-8", "a token is needed: Authorization: Bearer TOKEN");
                return;
            }
            route(ex);
        } catch (RuntimeException e) {
            send(ex, 500, "text/plain; charset=utf-8", "internal error: " + e.getClass().getSimpleName());
        } finally {
            ex.close();
        }
    }

    private boolean authorised(HttpExchange ex) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : query(ex).get("token");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private void route(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> q = query(ex);
        Snapshot d = current();
        Pages pages = new Pages(d, Links.SERVER);
        Api api = new Api(d);
        if (path.equals("/")) {
            html(ex, pages.home());
        } else if (path.equals("/people")) {
            html(ex, pages.people());
        } else if (path.startsWith("/person/")) {
            Person p = d.personById().get(path.substring(8));
            if (p == null) notFound(ex);
            else html(ex, pages.person(p, q.get("topic")));
        } else if (path.startsWith("/statement/")) {
            Statement s = d.statementById().get(URLDecoder.decode(path.substring(11), StandardCharsets.UTF_8));
            if (s == null) notFound(ex);
            else html(ex, pages.statement(s));
        } else if (path.equals("/outlets")) {
            html(ex, pages.outlets(q.get("topic")));
        } else if (path.equals("/search")) {
            String query = q.getOrDefault("q", "");
            html(ex, pages.search(query, query.isBlank() ? java.util.List.of() : store.search(query, 100)));
        } else if (path.startsWith("/static/")) {
            String name = path.substring(8);
            if (!STATIC.containsKey(name)) {
                notFound(ex);
                return;
            }
            try (InputStream in = WebServer.class.getResourceAsStream(name)) {
                send(ex, 200, STATIC.get(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } else if (path.equals("/api/openapi.json")) {
            try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
                send(ex, 200, "application/json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } else if (path.equals("/api/documents")) {
            json(ex, api.documents());
        } else if (path.startsWith("/api/documents/")) {
            Object doc = api.document(path.substring(15));
            if (doc == null) notFound(ex);
            else json(ex, doc);
        } else if (path.equals("/api/people")) {
            json(ex, api.people());
        } else if (path.equals("/api/statements")) {
            json(ex, api.statements(q.get("speaker"), intParam(q, "limit", 1000)));
        } else if (path.equals("/api/findings")) {
            json(ex, api.findings(q.get("type")));
        } else if (path.startsWith("/api/timeline/")) {
            String who = URLDecoder.decode(path.substring(14), StandardCharsets.UTF_8);
            Person p = d.personById().containsKey(who) ? d.personById().get(who) : Timeline.person(who, d.people());
            if (p == null) notFound(ex);
            else json(ex, api.timeline(p, q.get("topic")));
        } else if (path.equals("/api/search")) {
            json(ex, api.search(store.search(q.getOrDefault("q", ""), intParam(q, "limit", 50))));
        } else {
            notFound(ex);
        }
    }

    private static int intParam(Map<String, String> q, String name, int dflt) {
        try {
            return q.containsKey(name) ? Math.max(1, Math.min(10_000, Integer.parseInt(q.get(name)))) : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> out = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static void html(HttpExchange ex, String page) throws IOException {
        send(ex, 200, "text/html; charset=utf-8", page);
    }

    private static void json(HttpExchange ex, Object value) throws IOException {
        send(ex, 200, "application/json", JSON.writeValueAsString(value));
    }

    private static void notFound(HttpExchange ex) throws IOException {
        send(ex, 404, "text/plain; charset=utf-8", "not found");
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}

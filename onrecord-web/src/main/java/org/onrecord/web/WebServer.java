package org.onrecord.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.onrecord.analyse.Timeline;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;

/**
 * {@code onrecord serve}: the web UI and the REST API over one store, on the JDK's HTTP server. Binds to
 * localhost unless told otherwise, and then only with a token. Requests naming another host are refused
 * (DNS rebinding); static files come from a fixed list of bundled resources, so no request path reaches
 * the file system. Views come from a {@link LiveSnapshot}: no request waits for the store to be read.
 */
public final class WebServer implements AutoCloseable {
    /** An answer: status, content type, body. Rendered pages are kept per snapshot as these. */
    record Response(int status, String type, String body, Map<String, String> headers) {
        Response(int status, String type, String body) {
            this(status, type, body, Map.of());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> STATIC = Map.of("onrecord.css", "text/css; charset=utf-8", "upload.js", "text/javascript; charset=utf-8");
    private static final String CSP = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** An upload's status page runs one script, the bundled upload.js: no inline script, nothing from elsewhere. */
    private static final String CSP_STATUS = CSP.replace("script-src 'none'", "script-src 'self'");
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String ONLY_GET = "only GET (and POST /login, POST /upload)";
    /** The pages every visit starts from, rendered as soon as a snapshot is read. */
    private static final List<String> WARM = List.of("/", "/stories", "/findings", "/people", "/outlets", "/api/people", "/api/findings");

    private final HttpServer http;
    private final ExecutorService pool;
    private final Store store;
    private final LiveSnapshot live;
    private final Access access;
    private final HostNames hosts;
    private final String shownHost;
    private final Routes routes;
    private final Uploads uploads;
    private final UploadEndpoint upload;

    private WebServer(HttpServer http, ExecutorService pool, Store store, Store reader, Access access, HostNames hosts, String shownHost,
                      Path storePath, long maxUploadBytes) {
        this.http = http;
        this.pool = pool;
        this.store = store;
        this.access = access;
        this.hosts = hosts;
        this.shownHost = shownHost;
        this.uploads = new Uploads(storePath, this::refresh);
        this.upload = new UploadEndpoint(uploads, access, hosts, maxUploadBytes);
        this.routes = routes(store, upload);
        this.live = new LiveSnapshot(reader, this::warm);
    }

    /**
     * Starts serving {@code storePath}. A host other than loopback needs a token; port 0 picks a free port.
     *
     * @throws IllegalArgumentException for a host that names no address, or a wide bind without a token
     * @throws IOException              when the address cannot be bound (the message says why, in words)
     */
    public static WebServer start(Path storePath, String host, int port, String token) throws IOException {
        return start(storePath, host, port, token, UploadEndpoint.DEFAULT_MAX_BYTES);
    }

    /** As {@link #start(Path, String, int, String)}, taking uploads of at most {@code maxUploadBytes} a request. */
    public static WebServer start(Path storePath, String host, int port, String token, long maxUploadBytes) throws IOException {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "': --host takes an address of this machine "
                    + "(127.0.0.1, ::1, 0.0.0.0 for every interface) or a name that resolves to one");
        }
        if (!address.isLoopbackAddress() && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("binding to " + host + " (beyond localhost) needs a token: --token or ONRECORD_TOKEN");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a port (0 to 65535; 0 picks a free one)");
        }
        // Without TCP_NODELAY small responses wait for the client's delayed ACK (~40 ms each).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(address, port), 64);
        } catch (BindException e) {
            throw new IOException("cannot listen on " + hostPort(address, port) + ": "
                    + (port != 0 && e.getMessage() != null && e.getMessage().contains("in use")
                    ? "port " + port + " is in use (another server?); choose another with --port, or --port 0 for a free one"
                    : (e.getMessage() == null ? "the address cannot be bound" : e.getMessage().toLowerCase(java.util.Locale.ROOT))
                    + " (is " + host + " an address of this machine?)"), e);
        }
        Store store = Store.open(storePath);
        Store reader = null;
        try {
            store.rebuildSearchIndex(); // a store written by an older Onrecord has an empty index
            reader = Store.open(storePath);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            http.setExecutor(pool);
            int bound = http.getAddress().getPort();
            WebServer server = new WebServer(http, pool, store, reader, new Access(token == null || token.isBlank() ? null : token),
                    HostNames.of(host, address, bound), address.isAnyLocalAddress() ? "127.0.0.1" : host, storePath, maxUploadBytes);
            http.createContext("/", server::handle);
            http.start();
            return server;
        } catch (RuntimeException e) {
            http.stop(0);
            store.close();
            if (reader != null) reader.close();
            throw e;
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** An address that reaches this server from this machine (for every interface: 127.0.0.1). */
    public String url() {
        String h = shownHost.contains(":") && !shownHost.startsWith("[") ? "[" + shownHost + "]" : shownHost;
        return "http://" + h + ":" + port() + "/";
    }

    /** True when the server listens on every interface (0.0.0.0 or ::). */
    public boolean listensEverywhere() {
        return http.getAddress().getAddress().isAnyLocalAddress();
    }

    /** Reads the store again now (after an analyze run); the server also does so by itself. */
    public void refresh() {
        live.reload();
    }

    @Override
    public void close() {
        http.stop(0);
        uploads.close();
        pool.shutdownNow();
        live.close();
        store.close();
    }

    private static String hostPort(InetAddress a, int port) {
        String h = a.getHostAddress().replaceAll("%.*", "");
        return (a instanceof Inet6Address ? "[" + h + "]" : h) + ":" + port;
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            send(ex, answer(ex));
        } catch (RuntimeException e) {
            send(ex, new Response(500, TEXT, "internal error: " + e.getClass().getSimpleName()));
        } finally {
            ex.close();
        }
    }

    private Response answer(HttpExchange ex) throws IOException {
        if (!hosts.allows(ex.getRequestHeaders().getFirst("Host"))) {
            return new Response(421, TEXT, "refused: this server answers only to its own name (such as " + url()
                    + "), not to the Host this request names (protection against DNS rebinding)");
        }
        String method = ex.getRequestMethod();
        String rawPath = ex.getRequestURI().getRawPath();
        if (method.equals("POST") && "/login".equals(rawPath)) {
            return login(ex);
        }
        if (method.equals("POST") && "/upload".equals(rawPath)) {
            return upload.post(ex);
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return new Response(405, TEXT, ONLY_GET);
        }
        boolean isStatic = rawPath != null && rawPath.startsWith("/static/");
        if (!isStatic && !access.allows(ex.getRequestHeaders())) {
            return rawPath != null && rawPath.startsWith("/api/")
                    ? new Response(401, TEXT, "a token is needed: Authorization: Bearer TOKEN")
                    : new Response(401, HTML, Access.loginPage(false));
        }
        if (!access.open() && access.bearer(ex.getRequestHeaders())) {
            ex.getResponseHeaders().add("Set-Cookie", access.setCookie());
        }
        try {
            return route(method, rawPath == null ? "/" : rawPath, ex.getRequestURI().getRawQuery());
        } catch (Escapes.BadRequest e) {
            return new Response(400, TEXT, "bad request: " + e.getMessage());
        }
    }

    /** The login form's post: the token in the body, never in an address; the answer sets the session cookie. */
    private Response login(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(4097);
        }
        if (body.length > 4096) {
            return new Response(413, TEXT, "the login form is at most 4 KB");
        }
        String token;
        try {
            token = Escapes.query(new String(body, StandardCharsets.UTF_8)).get("token");
        } catch (Escapes.BadRequest e) {
            return new Response(400, TEXT, "bad request: " + e.getMessage());
        }
        if (!access.matches(token)) {
            return new Response(401, HTML, Access.loginPage(true));
        }
        ex.getResponseHeaders().add("Set-Cookie", access.setCookie());
        ex.getResponseHeaders().set("Location", "/");
        return new Response(303, TEXT, "signed in");
    }

    /** The route table: every page and API answer the server gives (the posts are answered before it, see {@link #answer}). */
    static Routes routes(Store store, UploadEndpoint upload) {
        return new Routes()
                .get("/", r -> html(pages(r).home()))
                .get("/stories", r -> html(pages(r).stories(r.query())))
                .get("/story/{id}", r -> {
                    Catalog.StoryInfo s = r.view().catalog().story(r.param("id"));
                    return s == null ? notFound() : html(pages(r).story(s));
                })
                .get("/findings", r -> html(pages(r).findings(r.query())))
                .get("/people", r -> html(pages(r).people(r.query())))
                .get("/outlets", r -> html(pages(r).outlets(r.query())))
                .get("/person/{id}", r -> {
                    Person p = r.view().data().personById().get(r.param("id"));
                    return p == null ? notFound() : html(pages(r).person(p, r.q("topic"), r.q("story")));
                })
                .get("/statement/{id}", r -> {
                    Statement s = r.view().data().statementById().get(r.param("id"));
                    return s == null ? notFound() : html(pages(r).statement(s));
                })
                .getUncached("/search", r -> {
                    String query = r.query().getOrDefault("q", "");
                    return html(pages(r).search(query, query.isBlank() ? List.of() : store.search(query, 100)));
                })
                .get("/static/{name}", r -> {
                    String name = r.param("name");
                    if (!STATIC.containsKey(name)) return notFound();
                    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
                        return new Response(200, STATIC.get(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                })
                .get("/api/openapi.json", r -> {
                    try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
                        return new Response(200, "application/json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                })
                .get("/api/documents", r -> json(api(r).documents(Api.Window.of(r.query(), 0))))
                .get("/api/documents/{id}", r -> {
                    Object doc = api(r).document(r.param("id"));
                    return doc == null ? notFound() : json(doc);
                })
                .get("/api/people", r -> json(api(r).people(Api.Window.of(r.query(), 0))))
                .get("/api/statements", r -> json(api(r).statements(r.q("speaker"), Api.Window.of(r.query(), 1000))))
                .get("/api/findings", r -> json(api(r).findings(r.q("type"), r.q("story"), Api.Window.of(r.query(), 0))))
                .get("/api/stories", r -> json(api(r).stories(Api.Window.of(r.query(), 0))))
                .get("/api/stories/{id}", r -> {
                    Object story = api(r).story(r.param("id"));
                    return story == null ? notFound() : json(story);
                })
                .get("/api/timeline/{person}", r -> {
                    Snapshot d = r.view().data();
                    String who = r.param("person");
                    Person p = d.personById().containsKey(who) ? d.personById().get(who) : Timeline.person(who, d.people());
                    return p == null ? notFound() : json(api(r).timeline(p, r.q("topic")));
                })
                .getUncached("/api/search", r -> json(new Api(r.view().data(), r.view().catalog())
                        .search(store.search(r.query().getOrDefault("q", ""), intParam(r.query(), "limit", 50)))))
                .getUncached("/upload", r -> html(upload.formPage()))
                .getUncached("/upload/{id}", r -> {
                    String page = upload.statusPage(r.param("id"));
                    return page == null ? notFound() : new Response(200, HTML, page, Map.of("Content-Security-Policy", CSP_STATUS));
                })
                .getUncached("/api/uploads/{id}", r -> {
                    Map<String, Object> status = upload.statusJson(r.param("id"));
                    return status == null ? notFound() : json(status);
                });
    }

    private static Pages pages(Routes.Request r) {
        return new Pages(r.view().catalog(), Links.SERVER);
    }

    private static Api api(Routes.Request r) {
        return new Api(r.view().data(), r.view().catalog());
    }

    /** The answer for a path and query; cached per snapshot, except what reads the store (search). */
    private Response route(String method, String rawPath, String rawQuery) throws Escapes.BadRequest, IOException {
        Map<String, String> q = Escapes.query(rawQuery);
        Routes.Match m = routes.match(method, rawPath);
        if (m.handler() == null) {
            return m.status() == 405 ? new Response(405, TEXT, ONLY_GET) : notFound();
        }
        LiveSnapshot.View view = live.current();
        if (!m.cached()) return m.handler().handle(new Routes.Request(rawPath, m.params(), q, view));
        String key = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
        Response cached = view.page(key);
        if (cached != null) return cached;
        Response r = m.handler().handle(new Routes.Request(rawPath, m.params(), q, view));
        if (r.status() == 200) view.keep(key, r);
        return r;
    }

    private void warm(LiveSnapshot.View view) {
        for (String path : WARM) {
            try {
                Routes.Match m = routes.match("GET", path);
                view.keep(path, m.handler().handle(new Routes.Request(path, m.params(), Map.of(), view)));
            } catch (Escapes.BadRequest | IOException | RuntimeException e) {
                // rendered on request instead, where an error is answered as such
            }
        }
    }

    private static int intParam(Map<String, String> q, String name, int dflt) {
        try {
            return q.containsKey(name) ? Math.max(1, Math.min(10_000, Integer.parseInt(q.get(name)))) : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static Response html(String page) {
        return new Response(200, HTML, page);
    }

    private static Response json(Object value) throws JsonProcessingException {
        if (value instanceof Api.Page page) {
            // a list cut by limit and cursor: the list itself (as before), the next cursor in headers
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            headers.put("X-Total-Count", Integer.toString(page.total()));
            if (page.next() != null) headers.put("X-Next-Cursor", page.next());
            return new Response(200, "application/json", JSON.writeValueAsString(page.items()), headers);
        }
        return new Response(200, "application/json", JSON.writeValueAsString(value));
    }

    private static Response notFound() {
        return new Response(404, TEXT, "not found");
    }

    private static void send(HttpExchange ex, Response r) throws IOException {
        byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", r.type());
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(r.status(), head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}

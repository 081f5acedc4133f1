package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The route table: patterns with named parameters, decoded once, exact segments, 404 and 405. */
class RoutesTest {
    private static WebServer.Response answer(String body) {
        return new WebServer.Response(200, "text/plain", body);
    }

    private final Routes routes = new Routes()
            .get("/", r -> answer("home"))
            .get("/story/{id}", r -> answer("story " + r.param("id")))
            .get("/api/documents", r -> answer("docs"))
            .get("/api/documents/{id}", r -> answer("doc " + r.param("id")))
            .get("/a/{x}/b/{y}", r -> answer(r.param("x") + "+" + r.param("y")))
            .getUncached("/search", r -> answer("search"));

    private String run(String method, String path) throws Exception {
        Routes.Match m = routes.match(method, path);
        return m.handler() == null ? Integer.toString(m.status())
                : m.handler().handle(new Routes.Request(path, m.params(), Map.of(), null)).body();
    }

    @Test
    void patternsBindNamedParametersDecodedOnce() throws Exception {
        assertEquals("home", run("GET", "/"));
        assertEquals("story abc", run("GET", "/story/abc"));
        assertEquals("story a/b c", run("GET", "/story/a%2Fb%20c"), "an escaped slash stays inside its segment");
        assertEquals("story %41", run("GET", "/story/%2541"), "decoded once, not twice");
        assertEquals("story +", run("GET", "/story/+"), "a plus in a path is a plus");
        assertEquals("docs", run("GET", "/api/documents"));
        assertEquals("doc d1", run("GET", "/api/documents/d1"));
        assertEquals("1+2", run("GET", "/a/1/b/2"));
        assertEquals("home", run("HEAD", "/"), "HEAD is answered as GET");
    }

    @Test
    void exactSegmentsOnly() throws Exception {
        for (String path : List.of("/story", "/story/", "/story/a/b", "/stories/x", "/api/documents/", "/static/../etc/passwd",
                "/Story/a", "/a/1/b", "//")) {
            assertEquals("404", run("GET", path), path);
        }
        assertEquals("405", run("POST", "/story/a"));
        assertEquals("405", run("DELETE", "/"));
        assertThrows(Escapes.BadRequest.class, () -> routes.match("GET", "/story/%zz"));
        assertThrows(Escapes.BadRequest.class, () -> routes.match("GET", "/story/%C3%28"));
    }

    @Test
    void searchIsNotCachedTheRestIs() throws Exception {
        assertTrue(routes.match("GET", "/story/a").cached());
        assertTrue(!routes.match("GET", "/search").cached());
        assertNull(routes.match("GET", "/nowhere").handler());
    }

    @Test
    void theServersTableHasEveryRoute() {
        List<String> table = WebServer.routes(null, null).patterns();
        for (String r : List.of("GET /", "GET /stories", "GET /story/{id}", "GET /findings", "GET /people", "GET /outlets",
                "GET /person/{id}", "GET /statement/{id}", "GET /search", "GET /static/{name}", "GET /api/openapi.json",
                "GET /api/documents", "GET /api/documents/{id}", "GET /api/people", "GET /api/statements", "GET /api/findings",
                "GET /api/stories", "GET /api/stories/{id}", "GET /api/timeline/{person}", "GET /api/search", "GET /upload",
                "GET /upload/{id}", "GET /api/uploads/{id}")) {
            assertTrue(table.contains(r), r + " in " + table);
        }
    }
}

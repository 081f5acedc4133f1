package org.onrecord.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's route table: a method and a path pattern with named parameters ({@code /story/{id}}) to a
 * handler. A pattern's literal segments must match the raw path's segments exactly; a parameter takes one
 * whole segment, percent-decoded once (a malformed escape is the client's error, 400). The first route that
 * matches answers; a path no route matches is 404, a path some route matches with another method is 405.
 */
final class Routes {
    /** A matched request: its path parameters and its query parameters, both decoded. */
    record Request(String path, Map<String, String> params, Map<String, String> query, LiveSnapshot.View view) {
        String param(String name) {
            return params.get(name);
        }

        String q(String name) {
            String v = query.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    @FunctionalInterface
    interface Handler {
        WebServer.Response handle(Request r) throws Escapes.BadRequest, IOException;
    }

    /** The outcome of looking a request up: the route's handler and parameters, or why none answers. */
    record Match(Handler handler, Map<String, String> params, int status, boolean cached) {
    }

    private record Route(String method, String pattern, String[] segments, Handler handler, boolean cached) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** A GET route whose answers depend only on the snapshot, so they are cached with it. */
    Routes get(String pattern, Handler h) {
        return add("GET", pattern, h, true);
    }

    /** A GET route that reads more than the snapshot (the store's search index): answered afresh each time. */
    Routes getUncached(String pattern, Handler h) {
        return add("GET", pattern, h, false);
    }

    Routes add(String method, String pattern, Handler h, boolean cached) {
        if (!pattern.startsWith("/")) throw new IllegalArgumentException("a pattern starts with /: " + pattern);
        routes.add(new Route(method, pattern, split(pattern), h, cached));
        return this;
    }

    /** The patterns, in order (for documentation and tests). */
    List<String> patterns() {
        return routes.stream().map(r -> r.method() + " " + r.pattern()).toList();
    }

    /** The route answering {@code method} on the raw (undecoded) path; HEAD is answered as GET. */
    Match match(String method, String rawPath) throws Escapes.BadRequest {
        String m = method.equals("HEAD") ? "GET" : method;
        String[] path = split(rawPath);
        boolean otherMethod = false;
        for (Route r : routes) {
            Map<String, String> params = bind(r.segments(), path);
            if (params == null) continue;
            if (!r.method().equals(m)) {
                otherMethod = true;
                continue;
            }
            return new Match(r.handler(), params, 200, r.cached());
        }
        return new Match(null, Map.of(), otherMethod ? 405 : 404, false);
    }

    private static Map<String, String> bind(String[] pattern, String[] path) throws Escapes.BadRequest {
        if (pattern.length != path.length) return null;
        Map<String, String> raw = null;
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.length() > 2 && p.startsWith("{") && p.endsWith("}")) {
                if (path[i].isEmpty()) return null;
                if (raw == null) raw = new HashMap<>();
                raw.put(p.substring(1, p.length() - 1), path[i]);
            } else if (!p.equals(path[i])) {
                return null;
            }
        }
        if (raw == null) return Map.of();
        Map<String, String> params = new HashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) params.put(e.getKey(), Escapes.decode(e.getValue(), false));
        return params;
    }

    /** "/a/b/" → ["a", "b", ""]; "/" → [""]. Segments stay raw (a %2F inside one is not a separator). */
    private static String[] split(String path) {
        return (path == null || path.isEmpty() ? "/" : path).substring(1).split("/", -1);
    }
}

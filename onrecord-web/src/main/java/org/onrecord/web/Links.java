package org.onrecord.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a view links to: server paths (with query parameters for filters and pages), or file names in the
 * static report (one file per page of a list; the report has no filters, since it has no server).
 */
public interface Links {
    String home();

    String stories();

    String story(String id);

    String findings();

    String people();

    String person(String id, String topic);

    String statement(String id);

    String outlets();

    String search();

    String css();

    /** A page of a list ({@code base} is stories, people, outlets or findings) with its filters. */
    String list(String base, Map<String, String> filters, int page);

    /** True when filter forms work here (the server); the static report lists everything instead. */
    boolean filters();

    /** A person's page filtered by story and topic (the report shows the unfiltered page). */
    default String person(String id, String topic, String story) {
        return person(id, topic);
    }

    /** The page for adding articles, where there is one (the server; the static report has none). */
    default String upload() {
        return null;
    }

    /** A query value, form-encoded (a space is "+"). */
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A path segment, percent-encoded (a space is "%20": in a path "+" is a plus). */
    static String seg(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A path with the non-blank parameters as its query. */
    static String withQuery(String path, Map<String, String> params) {
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) continue;
            b.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
            sep = '&';
        }
        return b.toString();
    }

    /** A string made safe as part of a file name. */
    static String file(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    Links SERVER = new Links() {
        public String home() { return "/"; }
        public String stories() { return "/stories"; }
        public String story(String id) { return "/story/" + seg(id); }
        public String findings() { return "/findings"; }
        public String people() { return "/people"; }
        public String person(String id, String topic) { return person(id, topic, null); }
        public String person(String id, String topic, String story) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("story", story);
            q.put("topic", topic);
            return withQuery("/person/" + seg(id), q);
        }
        public String statement(String id) { return "/statement/" + seg(id); }
        public String outlets() { return "/outlets"; }
        public String search() { return "/search"; }
        public String css() { return "/static/onrecord.css"; }
        public String list(String base, Map<String, String> filters, int page) {
            Map<String, String> q = new LinkedHashMap<>(filters);
            q.remove("page");
            if (page > 1) q.put("page", Integer.toString(page));
            return withQuery("/" + base, q);
        }
        public boolean filters() { return true; }
        public String upload() { return "/upload"; }
    };

    Links REPORT = new Links() {
        public String home() { return "index.html"; }
        public String stories() { return "stories.html"; }
        public String story(String id) { return "story-" + file(id) + ".html"; }
        public String findings() { return "findings.html"; }
        public String people() { return "people.html"; }
        public String person(String id, String topic) { return "person-" + file(id) + ".html"; }
        public String statement(String id) { return "statement-" + file(id) + ".html"; }
        public String outlets() { return "outlets.html"; }
        public String search() { return "search.html"; }
        public String css() { return "onrecord.css"; }
        public String list(String base, Map<String, String> filters, int page) {
            String kind = filters.getOrDefault("list", "");
            return base + (kind.isEmpty() ? "" : "-" + file(kind)) + (page > 1 ? "-" + page : "") + ".html";
        }
        public boolean filters() { return false; }
    };
}

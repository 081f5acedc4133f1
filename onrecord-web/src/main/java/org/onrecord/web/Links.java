package org.onrecord.web;

/** Where a view links to: server paths, or file names in the static report. */
public interface Links {
    String home();

    String people();

    String person(String id, String topic);

    String statement(String id);

    String outlets();

    String search();

    String css();

    Links SERVER = new Links() {
        public String home() { return "/"; }
        public String people() { return "/people"; }
        public String person(String id, String topic) {
            return "/person/" + id + (topic == null ? "" : "?topic=" + java.net.URLEncoder.encode(topic, java.nio.charset.StandardCharsets.UTF_8));
        }
        public String statement(String id) { return "/statement/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8); }
        public String outlets() { return "/outlets"; }
        public String search() { return "/search"; }
        public String css() { return "/static/onrecord.css"; }
    };

    Links REPORT = new Links() {
        public String home() { return "index.html"; }
        public String people() { return "people.html"; }
        public String person(String id, String topic) { return "person-" + id + ".html"; }
        public String statement(String id) { return "statement-" + id.replace(':', '-') + ".html"; }
        public String outlets() { return "outlets.html"; }
        public String search() { return "search.html"; }
        public String css() { return "onrecord.css"; }
    };
}

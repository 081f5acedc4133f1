package org.onrecord.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;

/**
 * {@code onrecord report}: the web UI's views, rendered by the same templates, as a folder of static HTML pages
 * with one bundled stylesheet, no script, no external font or CDN, so it opens from disk and can be mailed or
 * published. Lists are split into files of {@link Pages#PAGE_SIZE} ({@code people-2.html}); there are no
 * filters (no server to ask), and search is a page listing every statement (the browser's find does the rest).
 */
public final class Report {
    private Report() {
    }

    /** Writes the report and returns the number of pages. */
    public static int write(Store store, Path dir) throws IOException {
        Files.createDirectories(dir);
        Snapshot data = Snapshot.of(store);
        Catalog cat = new Catalog(data);
        Pages pages = new Pages(cat, Links.REPORT);
        int n = 0;
        n += page(dir, Links.REPORT.home(), pages.home());
        n += list(dir, pages, "stories", Map.of(), cat.stories().size());
        n += list(dir, pages, "findings", Map.of(), cat.findings().size());
        n += list(dir, pages, "people", Map.of(), cat.speakers().size());
        n += list(dir, pages, "people", Map.of("list", "mentioned"), cat.mentioned().size());
        n += list(dir, pages, "outlets", Map.of(), cat.outlets().size());
        for (Catalog.StoryInfo s : cat.stories()) n += page(dir, Links.REPORT.story(s.id()), pages.story(s));
        for (Catalog.PersonInfo p : cat.speakers()) {
            Person person = p.person();
            n += page(dir, Links.REPORT.person(person.id(), null), pages.person(person, null, null));
        }
        for (Statement s : data.statements()) n += page(dir, Links.REPORT.statement(s.id()), pages.statement(s));
        n += page(dir, Links.REPORT.search(), pages.allStatements());
        try (InputStream css = Report.class.getResourceAsStream("onrecord.css")) {
            Files.write(dir.resolve("onrecord.css"), css.readAllBytes());
        }
        return n;
    }

    /** Every page of a list, one file each. */
    private static int list(Path dir, Pages pages, String base, Map<String, String> filters, int total) throws IOException {
        int n = 0;
        for (int p = 1; p <= Pages.pages(total); p++) {
            Map<String, String> q = new HashMap<>(filters);
            q.put("page", Integer.toString(p));
            String html = switch (base) {
                case "stories" -> pages.stories(q);
                case "findings" -> pages.findings(q);
                case "people" -> pages.people(q);
                case "outlets" -> pages.outlets(q);
                default -> throw new IllegalArgumentException(base);
            };
            n += page(dir, Links.REPORT.list(base, filters, p), html);
        }
        return n;
    }

    private static int page(Path dir, String name, String html) throws IOException {
        Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
        return 1;
    }
}

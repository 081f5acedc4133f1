package org.onrecord.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;

/**
 * {@code onrecord report}: the web UI's views as a folder of static HTML pages with one bundled stylesheet,
 * no script, no external font or CDN, so it opens from disk and can be mailed or published. Search is a
 * page listing every statement (the browser's find does the rest).
 */
public final class Report {
    private Report() {
    }

    /** Writes the report and returns the number of pages. */
    public static int write(Store store, Path dir) throws IOException {
        Files.createDirectories(dir);
        Snapshot data = Snapshot.of(store);
        Pages pages = new Pages(data, Links.REPORT);
        int n = 0;
        n += page(dir, Links.REPORT.home(), pages.home());
        n += page(dir, Links.REPORT.people(), pages.people());
        n += page(dir, Links.REPORT.outlets(), pages.outlets(null));
        Set<String> speakers = data.statements().stream().map(Statement::speaker).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (Person p : data.people()) {
            if (speakers.contains(p.name())) n += page(dir, Links.REPORT.person(p.id(), null), pages.person(p, null));
        }
        for (Statement s : data.statements()) n += page(dir, Links.REPORT.statement(s.id()), pages.statement(s));
        List<Statement> all = new ArrayList<>(data.statements());
        n += page(dir, Links.REPORT.search(), pages.search("", List.of()).replace("</main>", allStatements(pages, all) + "</main>"));
        try (InputStream css = Report.class.getResourceAsStream("onrecord.css")) {
            Files.write(dir.resolve("onrecord.css"), css.readAllBytes());
        }
        return n;
    }

    private static String allStatements(Pages pages, List<Statement> all) {
        StringBuilder b = new StringBuilder("<h2>All statements</h2><ul class=\"results\">");
        for (Statement s : all) b.append("<li>").append(pages.line(s)).append("</li>");
        return b.append("</ul>").toString();
    }

    private static int page(Path dir, String name, String html) throws IOException {
        Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
        return 1;
    }

}

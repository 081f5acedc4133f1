package org.onrecord.web;

import static org.onrecord.web.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onrecord.analyse.Coverage;
import org.onrecord.analyse.Timeline;
import org.onrecord.model.Document;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;

/**
 * The views, rendered to HTML for the server and the static report alike. Every string that comes from an
 * article (text, names, outlets, URLs, titles) is escaped; no page carries inline script.
 */
public final class Pages {
    private final Snapshot data;
    private final Links links;

    public Pages(Snapshot data, Links links) {
        this.data = data;
        this.links = links;
    }

    String layout(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + esc(title) + " · Onrecord</title><link rel=\"stylesheet\" href=\"" + links.css() + "\"></head><body>"
                + "<header><a class=\"brand\" href=\"" + links.home() + "\">Onrecord</a> <nav><a href=\"" + links.home() + "\">Stories</a> "
                + "<a href=\"" + links.people() + "\">People</a> <a href=\"" + links.outlets() + "\">Outlets</a> "
                + "<a href=\"" + links.search() + "\">Search</a></nav></header><main><h1>" + esc(title) + "</h1>" + body
                + "</main><footer>Every finding links to its evidence: the sentence, the outlet, the date.</footer></body></html>";
    }

    public String home() {
        StringBuilder b = new StringBuilder("<section><h2>Stories</h2><ul class=\"stories\">");
        for (Story s : data.stories()) {
            b.append("<li><strong>").append(esc(s.label() == null ? "(untitled)" : s.label())).append("</strong><ul>");
            for (String id : s.docs()) {
                Document d = data.docById().get(id);
                if (d == null) continue;
                b.append("<li>").append(esc(d.published() == null ? "undated" : d.published().toString())).append(" · ")
                        .append(esc(data.outlet(d))).append(" · ").append(Html.link(d.url(), d.title() == null ? d.source() : d.title())).append("</li>");
            }
            b.append("</ul></li>");
        }
        b.append("</ul></section><section><h2>Findings</h2>").append(findings(data.findings())).append("</section>");
        return layout("Stories", b.toString());
    }

    public String people() {
        Map<String, Long> counts = data.statements().stream().filter(s -> s.speaker() != null)
                .collect(Collectors.groupingBy(Statement::speaker, Collectors.counting()));
        StringBuilder b = new StringBuilder("<table class=\"people\"><tr><th>Person</th><th>Statements</th><th>Roles</th><th>Also written</th></tr>");
        for (Person p : data.people()) {
            long n = counts.getOrDefault(p.name(), 0L);
            if (n == 0) continue;
            b.append("<tr><td><a href=\"").append(links.person(p.id(), null)).append("\">").append(esc(p.name())).append("</a></td><td>")
                    .append(n).append("</td><td>").append(esc(String.join("; ", p.roles()))).append("</td><td>")
                    .append(esc(String.join(", ", p.aliases()))).append("</td></tr>");
        }
        return layout("People", b.append("</table>").toString());
    }

    public String person(Person p, String topic) {
        Timeline.View v = Timeline.of(p, topic, data.documents(), data.statements(), data.topics(), data.findings(), data.stories());
        StringBuilder b = new StringBuilder("<p class=\"roles\">").append(esc(String.join("; ", p.roles()))).append("</p>");
        b.append("<ol class=\"timeline\">");
        for (Timeline.Entry e : v.entries()) {
            Statement s = e.statement();
            String when = switch (e.dating()) {
                case SAID_ON -> org.onrecord.model.Statement.PUBLISHED.equals(s.saidOnBasis()) ? e.date() + " (news of that day)" : e.date();
                case ARTICLE_DATE -> e.date() + " (article date)";
                case UNDATED -> "undated";
            };
            b.append("<li class=\"entry ").append(e.dating().name().toLowerCase()).append("\" id=\"s-").append(esc(s.id().replace(':', '-')))
                    .append("\"><span class=\"when\">").append(esc(when)).append("</span> <span class=\"kind\">").append(s.kind().label())
                    .append("</span> <span class=\"cue\">").append(esc(s.cue())).append("</span> <a class=\"quote\" href=\"")
                    .append(links.statement(s.id())).append("\">“").append(esc(s.text().strip())).append("”</a> <span class=\"outlets\">")
                    .append(esc(String.join(", ", e.outlets()))).append("</span>")
                    .append(e.topic() == null ? "" : " <span class=\"topic\">" + esc(e.topic()) + "</span>")
                    .append(e.story() == null ? "" : " <span class=\"story\">story: " + esc(e.story()) + "</span>").append("</li>");
        }
        b.append("</ol><h2>Findings</h2>").append(findings(v.findings()));
        return layout(p.name(), b.toString());
    }

    String findings(List<Finding> findings) {
        if (findings.isEmpty()) return "<p>None.</p>";
        StringBuilder b = new StringBuilder("<ul class=\"findings\">");
        for (Finding f : findings) {
            b.append("<li class=\"finding ").append(esc(f.type())).append("\"><span class=\"type\">").append(esc(f.type().replace('_', ' ')))
                    .append("</span> ").append(esc(f.reason()));
            for (String id : new String[]{f.a(), f.b()}) {
                if (id != null && data.statementById().containsKey(id)) {
                    b.append(" <a href=\"").append(links.statement(id)).append("\">evidence</a>");
                }
            }
            b.append("</li>");
        }
        return b.append("</ul>").toString();
    }

    public String statement(Statement s) {
        Document d = data.docById().get(s.doc());
        StringBuilder b = new StringBuilder("<dl class=\"evidence\">");
        Person p = s.speaker() == null ? null : data.personNamed(s.speaker());
        b.append("<dt>Speaker</dt><dd>").append(p == null ? esc(s.speaker() == null ? "unattributed" : s.speaker())
                : "<a href=\"" + links.person(p.id(), null) + "\">" + esc(p.name()) + "</a>").append("</dd>");
        b.append("<dt>Named as</dt><dd>").append(esc(s.speakerMention())).append("</dd>");
        b.append("<dt>Cue</dt><dd>").append(esc(s.cue())).append("</dd>");
        b.append("<dt>Said on</dt><dd>").append(esc(s.saidOn() == null ? "unknown" : s.saidOn())).append("</dd>");
        b.append("<dt>Outlet</dt><dd>").append(esc(data.outlet(d))).append("</dd>");
        b.append("<dt>Published</dt><dd>").append(esc(d == null || d.published() == null ? "unknown" : d.published().toString())).append("</dd>");
        b.append("<dt>Article</dt><dd>").append(d == null ? "" : Html.link(d.url(), d.title() == null ? d.source() : d.title())).append("</dd>");
        if (d != null && d.byline() != null) b.append("<dt>Byline</dt><dd>").append(esc(d.byline())).append("</dd>");
        if (d != null && d.dateline() != null) b.append("<dt>Dateline</dt><dd>").append(esc(d.dateline())).append("</dd>");
        b.append("</dl><article class=\"body\">");
        if (d != null && d.deck() != null) b.append("<p class=\"deck\">").append(esc(d.deck())).append("</p>");
        if (d != null) {
            String body = d.body();
            int start = Math.max(0, Math.min(s.bodyStart(), body.length())), end = Math.max(start, Math.min(s.bodyEnd(), body.length()));
            String marked = esc(body.substring(0, start)) + "<mark id=\"evidence\">" + esc(body.substring(start, end)) + "</mark>" + esc(body.substring(end));
            for (String para : marked.split("\n\n")) b.append("<p>").append(para.replace("\n", "<br>")).append("</p>");
        }
        return layout("Statement", b.append("</article>").toString());
    }

    public String outlets(String topic) {
        List<Coverage.Outlet> coverage = Coverage.of(topic, data.documents(), data.statements(), data.findings());
        Map<String, Statement> claims = new LinkedHashMap<>();
        for (Coverage.Outlet o : coverage) {
            for (Statement s : o.carried()) claims.putIfAbsent(s.group() != null ? s.group() : s.id(), s);
        }
        StringBuilder b = new StringBuilder("<h2>Coverage</h2><table class=\"coverage\"><tr><th>Statement</th>");
        for (Coverage.Outlet o : coverage) b.append("<th>").append(esc(o.outlet())).append("</th>");
        b.append("</tr>");
        // Each outlet's carried claims once, not once per table cell (claims × outlets cells).
        List<Set<String>> carriedBy = new ArrayList<>();
        for (Coverage.Outlet o : coverage) {
            Set<String> carried = new java.util.HashSet<>();
            o.carried().forEach(x -> carried.add(x.group() != null ? x.group() : x.id()));
            carriedBy.add(carried);
        }
        for (Map.Entry<String, Statement> c : claims.entrySet()) {
            Statement s = c.getValue();
            b.append("<tr><td><a href=\"").append(links.statement(s.id())).append("\">").append(esc(s.speaker() == null ? "?" : s.speaker()))
                    .append(": “").append(esc(shorten(s.text()))).append("”</a></td>");
            for (Set<String> carried : carriedBy) {
                b.append(carried.contains(c.getKey()) ? "<td class=\"yes\">carried</td>" : "<td class=\"no\">–</td>");
            }
            b.append("</tr>");
        }
        b.append("</table><h2>Words</h2><table class=\"words\"><tr><th>Outlet</th><th>Cue words</th><th>Loaded words</th></tr>");
        for (Coverage.Outlet o : coverage) {
            b.append("<tr><td>").append(esc(o.outlet())).append("</td><td>").append(esc(counts(o.cues()))).append("</td><td>")
                    .append(esc(counts(o.loaded()))).append("</td></tr>");
        }
        return layout("Outlets", b.append("</table>").toString());
    }

    public String search(String query, List<Statement> results) {
        StringBuilder b = new StringBuilder("<form method=\"get\" action=\"").append(links.search())
                .append("\"><input type=\"search\" name=\"q\" value=\"").append(esc(query)).append("\" placeholder=\"words said\">"
                        + " <button>Search</button></form>");
        if (query != null && !query.isBlank()) {
            b.append("<p>").append(results.size()).append(" statement(s)</p><ul class=\"results\">");
            for (Statement s : results) b.append("<li>").append(line(s)).append("</li>");
            b.append("</ul>");
        }
        return layout("Search", b.toString());
    }

    String line(Statement s) {
        Document d = data.docById().get(s.doc());
        return esc(s.speaker() == null ? "unattributed" : s.speaker()) + " · " + esc(s.saidOn() == null ? "undated" : s.saidOn()) + " · "
                + esc(data.outlet(d)) + ": <a href=\"" + links.statement(s.id()) + "\">“" + esc(shorten(s.text())) + "”</a>";
    }

    private static String shorten(String t) {
        String s = t.strip();
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }

    private static String counts(Map<String, Integer> m) {
        List<String> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(k + " " + v));
        return out.isEmpty() ? "none" : String.join(", ", out);
    }
}

package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ingest.Manifest;
import org.onrecord.model.Finding;
import org.onrecord.model.Person;
import org.onrecord.model.Statement;
import org.onrecord.model.Story;
import org.onrecord.store.Derived;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/** Article text is hostile input: a FICTIONAL article full of markup must show as text and run nothing. */
class HostileArticleBrowserTest {
    @TempDir
    Path dir;

    private static final String HOSTILE = """
            Minister <script>window.pwned = 1; alert('x')</script> speaks
            By <i onclick='window.pwned = 7'>Staff</i> and Desk

            “<b onmouseover='window.pwned = 2'>We never</b> sold <img src=x onerror='window.pwned = 3'> anything,” Minister Evo Darke said on Monday.

            Read more at <a href="javascript:window.pwned = 4">this link</a> and "<svg onload=alert(5)>" too, Darke added.
            """;

    @Test
    void markupFromArticlesIsShownAsTextAndNothingRuns() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("hostile.txt"), HOSTILE);
        Files.writeString(in.resolve("manifest.json"), "{\"documents\":[{\"file\":\"hostile.txt\",\"url\":\"javascript:window.pwned=6\","
                + "\"outlet\":\"<i onclick=x>Evil Times</i>\",\"published\":\"2024-03-12\"}]}");
        Path db = dir.resolve("hostile.db");
        try (Store store = Store.open(db)) {
            new Pipeline(store, Manifest.read(in.resolve("manifest.json")), Standard::analyse, Standard::crossDocument)
                    .run(List.of(in.toString()), Pipeline.Progress.NONE);
        }
        List<Statement> statements;
        String storyId = "<svg onload=alert(10)>story";
        try (Store store = Store.open(db)) {
            // what the cross-document stages derive is article text too: a speaker, a role, a finding's reason, a
            // story label full of markup (written as derived state, so the new views show them whatever the stages find)
            String speaker = "Darke <i onclick='window.pwned = 11'>Evo</i>";
            List<Statement> hostile = store.statements().stream().map(s -> s.withSpeaker(speaker)).toList();
            Statement a = hostile.stream().filter(s -> s.text().contains("We never")).findFirst().orElseThrow();
            Statement b = hostile.stream().filter(s -> s.text().contains("svg onload")).findFirst().orElseThrow();
            store.replaceDerived(store.documentsVersion(), new Derived(hostile,
                    List.of(new Person("<b>p</b>", speaker, List.of("<img src=x onerror='window.pwned = 12'>"),
                            List.of("<script>window.pwned = 13</script>"), "person")),
                    List.of(new Finding("f1", "contradiction", a.id(), b.id(), "<img src=x onerror='window.pwned = 14'> reason", "<b>topic</b>")),
                    List.of(new Story(storyId, "<svg onload='window.pwned = 15'>label</svg>", List.of(a.doc())))));
            statements = store.statements();
        }
        Statement quote = statements.stream().filter(s -> s.text().contains("We never")).findFirst().orElseThrow();
        WebDriver driver = Browser.start();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            String person = "person/" + Links.seg("<b>p</b>");
            String story = "story/" + Links.seg(storyId);
            for (String page : List.of("", "people", "outlets", "search?q=never", "statement/" + quote.id(), "stories", story, "findings",
                    "findings?person=%3Ci%3E&type=%3Cb%3E", person, person + "?topic=%3Cb%3Etopic%3C%2Fb%3E", "outlets?q=%3Ci%20onclick%3Dx%3E",
                    "api/people", "api/stories")) {
                driver.get(server.url() + page);
                assertNull(((JavascriptExecutor) driver).executeScript("return window.pwned;"), "script ran on /" + page);
                assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert opened on /" + page);
                assertTrue(driver.findElements(By.cssSelector("script, img, b, i, svg:not(.chart):not(ul.legend svg)")).isEmpty(),
                        "markup became elements on /" + page);
            }
            driver.get(server.url() + person);
            // the drawing's labels are escaped like everything else: the markup is text in the SVG's titles
            assertEquals(2, driver.findElements(By.cssSelector("svg.chart a circle")).size());
            String titles = (String) ((JavascriptExecutor) driver).executeScript(
                    "return [...document.querySelectorAll('svg.chart title')].map(t => t.textContent).join('|');");
            assertTrue(titles.contains("<img src=x onerror='window.pwned = 14'> reason"), titles);
            assertTrue(driver.getPageSource().contains("Darke &lt;i onclick="), "the name is escaped");
            driver.get(server.url() + story);
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains("<svg onload='window.pwned = 15'>label</svg>"));
            driver.get(server.url() + "statement/" + quote.id());
            assertTrue(driver.findElement(By.id("evidence")).getText().contains("<b onmouseover='window.pwned = 2'>We never</b>"));
            assertTrue(driver.getPageSource().contains("&lt;script&gt;"));
            assertTrue(driver.findElement(By.cssSelector("dl.evidence")).getText().contains("<i onclick='window.pwned = 7'>Staff</i> and Desk"),
                    driver.findElement(By.cssSelector("dl.evidence")).getText());
            assertFalse(driver.findElements(By.tagName("a")).stream().anyMatch(a -> String.valueOf(a.getAttribute("href")).startsWith("javascript")));
            Browser.screenshot(driver, "hostile");

            HttpClient http = HttpClient.newHttpClient();
            for (String bad : List.of("static/../../../../etc/passwd", "static/%2e%2e/%2e%2e/etc/passwd", "static/..%2fWebServer.class")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + bad)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, r.statusCode(), bad);
            }
            HttpResponse<String> headers = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(headers.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'none'"));
        } finally {
            driver.quit();
        }
    }
}

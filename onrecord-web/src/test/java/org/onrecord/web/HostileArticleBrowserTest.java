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
import org.onrecord.model.Statement;
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
        try (Store store = Store.open(db)) {
            statements = store.statements();
        }
        Statement quote = statements.stream().filter(s -> s.text().contains("We never")).findFirst().orElseThrow();
        WebDriver driver = Browser.start();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            for (String page : List.of("", "people", "outlets", "search?q=never", "statement/" + quote.id())) {
                driver.get(server.url() + page);
                assertNull(((JavascriptExecutor) driver).executeScript("return window.pwned;"), "script ran on /" + page);
                assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert opened on /" + page);
                assertTrue(driver.findElements(By.cssSelector("script, img, svg, b, i")).isEmpty(), "markup became elements on /" + page);
            }
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

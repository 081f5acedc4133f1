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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Statement;
import org.onrecord.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An uploaded article is hostile input, and so are the names it was uploaded under: a FICTIONAL article with markup in
 * its title and body, a manifest with markup in the outlet and a javascript: address, and a bad file whose name is
 * markup. Posted as a form without a browser (so the status is followed as a browser without script follows it, by
 * the page itself), then every page showing them is opened in Chromium: all of it is text, nothing runs.
 */
class UploadHostileBrowserTest {
    @TempDir
    Path dir;

    private static final String ARTICLE = """
            FICTIONAL: Minister <script>window.pwned = 1; alert('x')</script> speaks on ferries

            “<b onmouseover='window.pwned = 2'>We never</b> sold <img src=x onerror='window.pwned = 3'> any ferries,” Minister Evo Darke said on Monday.

            "<svg onload=alert(5)> is not a ferry," Darke added.
            """;
    private static final String ARTICLE_NAME = "<img src=x onerror='window.pwned=8'>.txt";
    private static final String BAD_NAME = "<svg onload='window.pwned=9'>.html";
    /** A name that would write outside the server's upload folder if it were used as a path. */
    private static final String ESCAPE = "../../../../../../../../tmp/onrecord-upload-escape.txt";

    @Test
    void markupInUploadedArticlesAndTheirNamesStaysText() throws Exception {
        Path db = dir.resolve("hostile.db");
        Store.open(db).close();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        WebDriver driver = Browser.start();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            String token = UploadSecurityTest.formToken(get(http, server.url() + "upload").body());
            String manifest = "{\"documents\":[{\"file\":\"" + ARTICLE_NAME.replace("'", "'") + "\",\"url\":\"javascript:window.pwned=6\","
                    + "\"outlet\":\"<i onclick='window.pwned=7'>Evil Times</i>\",\"published\":\"2024-03-12\"}]}";
            HttpResponse<String> posted = http.send(new Multipart().field("csrf", token)
                    .file("files", ARTICLE_NAME, ARTICLE.getBytes(StandardCharsets.UTF_8))
                    .file("files", BAD_NAME, UploadBrowserTest.png())
                    .file("files", ESCAPE, "FICTIONAL: a note whose name climbs out of the upload folder.".getBytes(StandardCharsets.UTF_8))
                    .file("manifest", "<b>manifest</b>.json", manifest.getBytes(StandardCharsets.UTF_8))
                    .post(server.url() + "upload").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, posted.statusCode(), posted.body());
            String status = posted.headers().firstValue("Location").orElseThrow();
            assertTrue(status.matches("/upload/[A-Za-z0-9_-]+"), status);

            // without script: the page is the status, with a link to itself until the analysis is done
            String page = get(http, server.url() + status.substring(1)).body();
            for (long end = System.nanoTime() + Duration.ofMinutes(8).toNanos(); !page.contains("Done: ") && System.nanoTime() < end; ) {
                assertTrue(page.contains("Refresh the status"), page);
                Thread.sleep(500);
                page = get(http, server.url() + status.substring(1)).body();
            }
            assertTrue(page.contains("Done: 3 file(s): 2 document(s) (2 new)"), page);
            assertFalse(java.nio.file.Files.exists(Path.of("/tmp/onrecord-upload-escape.txt")), "an uploaded name was used as a path");
            assertTrue(page.contains("<li>onrecord-upload-escape.txt</li>"), page);
            assertFalse(page.contains("Refresh the status"), page);
            assertTrue(page.contains("error: &lt;svg onload="), "the bad file's name is named, escaped: " + page);

            String statement;
            try (Store store = Store.open(db)) {
                List<Statement> all = store.statements();
                assertFalse(all.isEmpty(), "the article's statements are stored");
                statement = all.stream().filter(s -> s.text().contains("We never")).findFirst().orElse(all.get(0)).id();
                assertTrue(store.documents().stream().anyMatch(d -> "<i onclick='window.pwned=7'>Evil Times</i>".equals(d.outlet())),
                        "the manifest reached the article");
            }
            List<String> pages = new ArrayList<>(List.of(status.substring(1), "upload", "", "people", "outlets", "stories",
                    "statement/" + Links.seg(statement), "search?q=ferries"));
            for (String p : pages) {
                driver.get(server.url() + p);
                assertNull(((JavascriptExecutor) driver).executeScript("return window.pwned;"), "script ran on /" + p);
                assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert opened on /" + p);
                assertTrue(driver.findElements(By.cssSelector("script:not([src='/static/upload.js']), img, b, i, svg:not(.chart)")).isEmpty(),
                        "markup became elements on /" + p);
                assertFalse(driver.findElements(By.tagName("a")).stream()
                        .anyMatch(a -> String.valueOf(a.getAttribute("href")).startsWith("javascript")), "a javascript: link on /" + p);
            }
            driver.get(server.url() + status.substring(1));
            String problems = driver.findElement(By.id("problems")).getText();
            assertTrue(problems.contains("error: " + BAD_NAME + ": "), problems);
            assertTrue(driver.findElement(By.cssSelector("ul.files")).getText().contains(ARTICLE_NAME));
            driver.get(server.url() + "statement/" + Links.seg(statement));
            assertTrue(driver.getPageSource().contains("&lt;script&gt;") || driver.findElement(By.tagName("main")).getText().contains("<b onmouseover"),
                    driver.findElement(By.tagName("main")).getText());

            // the script of the status page writes what it polls as text too: watch an upload of the same files run
            String again = http.send(new Multipart().field("csrf", token)
                    .file("files", ARTICLE_NAME, ARTICLE.getBytes(StandardCharsets.UTF_8)).file("files", BAD_NAME, UploadBrowserTest.png())
                    .post(server.url() + "upload").build(), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow();
            driver.get(server.url() + again.substring(1));
            new WebDriverWait(driver, Duration.ofMinutes(8), Duration.ofMillis(300))
                    .until(d -> "true".equals(d.findElement(By.id("upload")).getAttribute("data-finished")));
            assertNull(((JavascriptExecutor) driver).executeScript("return window.pwned;"));
            assertTrue(driver.findElement(By.id("problems")).getText().contains("error: " + BAD_NAME + ": "));
            Browser.screenshot(driver, "upload-hostile");
        } finally {
            driver.quit();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

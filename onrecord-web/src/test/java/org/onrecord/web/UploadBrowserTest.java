package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.Document;
import org.onrecord.store.Store;
import org.onrecord.testing.SharedData;
import org.onrecord.testing.Warcs;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Adding articles from the browser, in Debian's Chromium: the five seed articles (read from ../shared, never copied)
 * with their manifest, a PNG named .html and a truncated WARC, uploaded through the form into a store that already
 * holds the FICTIONAL {@link Newsroom}. The two bad files get one error each naming them, the five seeds are
 * analysed, the foreign minister's timeline holds his quotations, and what the store held before is still there.
 */
class UploadBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theSeedsUploadedWithTheirManifestReachTheMinistersTimeline() throws Exception {
        Path seeds = SharedData.require().resolve("seeds");
        List<Path> articles;
        try (var s = Files.list(seeds)) {
            articles = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, articles.size(), "the five seed articles");
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Path png = Files.write(bad.resolve("photo.html"), png());
        byte[] warc = new Warcs().response("https://fictional.example/ferry", "text/html; charset=utf-8",
                "<html><body><p>FICTIONAL: “The ferry runs,” the mayor said.</p></body></html>", StandardCharsets.UTF_8).bytes();
        Path cut = Files.write(bad.resolve("crawl.warc"), Arrays.copyOf(warc, warc.length * 2 / 3));

        Path db = dir.resolve("upload.db");
        Newsroom before = Newsroom.write(db);
        Map<String, Integer> statementsBefore = new HashMap<>();
        before.statements.values().forEach(s -> statementsBefore.merge(s.doc(), 1, Integer::sum));

        WebDriver driver = Browser.start();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            driver.get(server.url());
            driver.findElement(By.linkText("Add articles")).click();
            assertEquals("Add articles", driver.findElement(By.tagName("h1")).getText());
            assertAxeFindsNothingSerious(driver, "/upload");
            Browser.screenshot(driver, "upload-form");
            List<String> files = new ArrayList<>(articles.stream().map(p -> p.toAbsolutePath().toString()).toList());
            files.add(png.toString());
            files.add(cut.toString());
            driver.findElement(By.id("files")).sendKeys(String.join("\n", files));
            driver.findElement(By.id("manifest")).sendKeys(seeds.resolve("manifest.json").toAbsolutePath().toString());
            driver.findElement(By.cssSelector("form.upload button")).click();

            assertTrue(driver.getCurrentUrl().contains("/upload/"), driver.getCurrentUrl() + ": " + driver.getPageSource());
            assertAxeFindsNothingSerious(driver, "the status page, while it runs");
            // the page's script follows the analysis and reloads the page when it is done
            new WebDriverWait(driver, Duration.ofMinutes(8), Duration.ofSeconds(1))
                    .until(d -> "true".equals(d.findElement(By.id("upload")).getAttribute("data-finished")));
            String progress = driver.findElement(By.id("progress")).getText();
            assertTrue(progress.startsWith("Done: 7 file(s): 5 document(s) (5 new)"), progress);
            List<String> errors = driver.findElements(By.cssSelector("#problems li.error")).stream().map(WebElement::getText).toList();
            assertEquals(2, errors.size(), errors.toString());
            assertEquals(1, errors.stream().filter(e -> e.startsWith("error: photo.html: ")).count(), errors.toString());
            assertEquals(1, errors.stream().filter(e -> e.startsWith("error: crawl.warc: ") && e.contains("WARC")).count(), errors.toString());
            assertAxeFindsNothingSerious(driver, "the status page, done");
            Browser.screenshot(driver, "upload-done");

            // the foreign minister's timeline, found from the people list by a name the gold file gives him
            JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
            String minister = gold.get("contradictions_must").get(0).get("speaker").asText();
            Set<String> names = new HashSet<>();
            gold.get("speakers").get(minister).forEach(n -> names.add(n.asText()));
            names.add(minister);
            driver.get(server.url() + "people");
            WebElement link = driver.findElements(By.cssSelector("main a[href^='/person/']")).stream()
                    .filter(a -> names.contains(a.getText().strip())).findFirst()
                    .orElseThrow(() -> new AssertionError("the minister is not on /people: " + driver.findElement(By.tagName("main")).getText()));
            link.click();
            String timeline = driver.findElement(By.cssSelector(".timeline")).getText();
            List<String> quoted = new ArrayList<>();
            gold.get("quotes").forEach(q -> {
                if (q.get("speaker").asText().equals(minister) && q.get("kind").asText().equals("direct")) quoted.add(q.get("starts").asText());
            });
            List<String> missing = quoted.stream().filter(q -> !timeline.contains(q)).toList();
            System.out.printf("upload: the minister's timeline shows %d of his %d direct quotations in gold%n", quoted.size() - missing.size(), quoted.size());
            assertTrue(quoted.size() >= 5, "gold has the minister's quotations");
            assertTrue(missing.size() * 4 <= quoted.size(), "at most a quarter missing; missing: " + missing);
            assertTrue(driver.findElements(By.cssSelector("svg.chart a circle.point")).size() >= quoted.size() - missing.size());
            Browser.screenshot(driver, "upload-minister");
        } finally {
            driver.quit();
        }

        try (Store store = Store.open(db)) {
            assertEquals("ok", store.integrityCheck());
            Set<String> sources = store.documents().stream().map(Document::source).collect(Collectors.toSet());
            for (Path a : articles) assertTrue(sources.contains(a.getFileName().toString()), a.getFileName() + " stored under its name: " + sources);
            for (Map.Entry<String, Integer> e : statementsBefore.entrySet()) {
                assertEquals(e.getValue(), store.statementCount(e.getKey()), "the statements of " + e.getKey() + ", stored before the upload");
            }
            Map<String, String> published = store.documents().stream().filter(d -> d.published() != null)
                    .collect(Collectors.toMap(Document::source, d -> d.published().toString()));
            assertEquals("2022-11-05", published.get(articles.get(0).getFileName().toString()), "the manifest's date reached the article");
        }
    }

    @Test
    void aBrowserSendingTooMuchIsToldWhy() throws Exception {
        Path db = dir.resolve("small.db");
        Store.open(db).close();
        Path big = Files.write(dir.resolve("big.txt"), new byte[8 * 1024 * 1024]);
        WebDriver driver = Browser.start();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null, 64 * 1024)) {
            driver.get(server.url() + "upload");
            driver.findElement(By.id("files")).sendKeys(big.toString());
            driver.findElement(By.cssSelector("form.upload button")).click();
            String shown = driver.findElement(By.tagName("body")).getText();
            assertTrue(shown.contains("larger than this server takes at once"), shown);
        } finally {
            driver.quit();
        }
    }

    static void assertAxeFindsNothingSerious(WebDriver driver, String page) {
        List<String> problems = new ArrayList<>();
        for (Rule r : new AxeBuilder().analyze(driver).getViolations()) {
            if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                problems.add(page + ": " + r.getId() + " (" + r.getImpact() + ") " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A real PNG image (a small grey square), to be uploaded under an HTML name. */
    static byte[] png() throws java.io.IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}

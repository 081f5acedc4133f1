package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.ingest.Manifest;
import org.onrecord.pipeline.Pipeline;
import org.onrecord.pipeline.Standard;
import org.onrecord.store.Store;
import org.onrecord.testing.SharedData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The seed story in a real browser: the foreign minister's timeline shows the denial and the admission in date order,
 * each leading to its evidence, and every finding drawn there gives both dates and the judge's confidence. (The judge
 * of decision 0021 does not find the seeds' "must" contradiction; the closing figures say so, no assertion hides it.)
 */
class TimelineBrowserTest {
    @TempDir
    Path dir;

    @Test
    void foreignMinistersTimelineShowsDenialAdmissionAndContradiction() throws Exception {
        Path seeds = SharedData.require().resolve("seeds");
        Path db = dir.resolve("seeds.db");
        try (Store store = Store.open(db)) {
            Standard.pipeline(store, Manifest.read(seeds.resolve("manifest.json"))).run(List.of(seeds.toString()), Pipeline.Progress.NONE);
        }
        WebDriver driver = Browser.start();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            driver.get(server.url() + "people");
            driver.findElement(By.linkText("Hossein Amir-Abdollahian")).click();
            assertTimeline(driver);
            Browser.screenshot(driver, "timeline-served");

            WebElement denial = driver.findElements(By.cssSelector(".timeline .entry")).stream()
                    .filter(e -> e.getText().contains("we have not and will not give any weapons to Russia")).findFirst().orElseThrow();
            denial.findElement(By.cssSelector("a.quote")).click();
            assertTrue(driver.findElement(By.id("evidence")).getText().length() > 20, "the evidence is highlighted in its article");
            Browser.screenshot(driver, "evidence");

            Path report = dir.resolve("report");
            try (Store store = Store.open(db)) {
                Report.write(store, report);
            }
            driver.get(report.resolve("index.html").toUri().toString());
            driver.findElement(By.linkText("People")).click();
            driver.findElement(By.linkText("Hossein Amir-Abdollahian")).click();
            assertTrue(driver.getCurrentUrl().startsWith("file:"), driver.getCurrentUrl());
            assertTimeline(driver);
            Browser.screenshot(driver, "timeline-report");
        } finally {
            driver.quit();
        }
    }

    private static void assertTimeline(WebDriver driver) {
        List<WebElement> entries = driver.findElements(By.cssSelector(".timeline .entry"));
        WebElement denial = entries.stream().filter(e -> e.getText().contains("we have not and will not give any weapons to Russia")).findFirst().orElseThrow();
        WebElement admission = entries.stream().filter(e -> e.getText().contains("We provided a limited number of drones to Russia")).findFirst().orElseThrow();
        assertTrue(denial.getText().startsWith("2022-10-24"), denial.getText());
        assertTrue(admission.getText().startsWith("2022-11-05"), admission.getText());
        assertTrue(entries.indexOf(denial) < entries.indexOf(admission), "in date order");
        assertTrue(entries.stream().anyMatch(e -> e.getText().startsWith("undated")), "the undated articles' statements are marked undated");
        // every finding on his timeline says when both statements were made (or that one is undated) and how sure the judge is
        List<String> reasons = driver.findElements(By.cssSelector("article.finding")).stream().map(WebElement::getText).toList();
        for (String r : reasons) {
            assertTrue(r.contains("confidence") || r.contains("headline"), r);
            assertTrue(r.matches("(?s).*(\\d{4}-\\d{2}|undated).*"), r);
        }
    }
}

package org.onrecord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The newsroom views in a real browser over the FICTIONAL {@link Newsroom} store: from the people list to a
 * drawn timeline to the evidence, the same in the static report; every page has landmarks, is usable from the
 * keyboard with a visible focus, and axe-core (bundled with Deque's library, no CDN) finds no serious or
 * critical violation.
 */
class NewsroomBrowserTest {
    @TempDir
    Path dir;

    static final List<String> PAGES = List.of("", "stories", "story/" + Newsroom.HARBOUR, "story/" + Newsroom.LETTERS, "findings",
            "findings?type=contradiction&person=okafor", "people", "people?page=2", "people?list=mentioned", "outlets",
            "person/" + Newsroom.OKAFOR, "person/p-res-55", "statement/h1%3A0", "search?q=dredging", "upload");

    @Test
    void fromPeopleToATimelineToTheEvidenceServedAndInTheReport() throws Exception {
        Path db = dir.resolve("newsroom.db");
        Newsroom.write(db);
        WebDriver driver = Browser.start();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            driver.get(server.url() + "people");
            driver.findElement(By.linkText("Lena Okafor")).click();
            assertTimeline(driver);
            Browser.screenshot(driver, "newsroom-timeline");
            // a point of the drawing leads to its evidence
            driver.findElements(By.cssSelector("svg.chart a")).get(0).click();
            assertTrue(driver.findElement(By.id("evidence")).getText().length() > 10);
            driver.navigate().back();
            driver.findElements(By.cssSelector(".finding.contradiction a")).get(0).click();
            assertEquals("No dredging will happen this year", driver.findElement(By.id("evidence")).getText());

            driver.get(server.url() + "story/" + Newsroom.HARBOUR);
            Browser.screenshot(driver, "newsroom-story");
            driver.get(server.url() + "findings");
            Browser.screenshot(driver, "newsroom-findings");

            Path report = dir.resolve("report");
            try (Store store = Store.open(db)) {
                Report.write(store, report);
            }
            driver.get(report.resolve("index.html").toUri().toString());
            driver.findElement(By.linkText("People")).click();
            driver.findElement(By.linkText("Lena Okafor")).click();
            assertTrue(driver.getCurrentUrl().startsWith("file:"), driver.getCurrentUrl());
            assertTimeline(driver);
            driver.findElement(By.linkText("Stories")).click();
            driver.findElement(By.linkText("No dredging this year, says mayor")).click();
            assertEquals(5, driver.findElements(By.cssSelector("article.finding")).size());
        } finally {
            driver.quit();
        }
    }

    private static void assertTimeline(WebDriver driver) {
        assertEquals(5, driver.findElements(By.cssSelector("svg.chart a circle.point")).size());
        assertEquals(2, driver.findElements(By.cssSelector("svg.chart g.arc")).size());
        List<WebElement> entries = driver.findElements(By.cssSelector(".timeline .entry"));
        assertTrue(entries.get(0).getText().startsWith("2025-04-02"), entries.get(0).getText());
        assertTrue(entries.get(entries.size() - 1).getText().startsWith("2025-05-10"));
    }

    @Test
    void everyPageHasLandmarksAKeyboardPathAndNoSeriousAxeViolation() throws Exception {
        Path db = dir.resolve("newsroom.db");
        Newsroom.write(db);
        WebDriver driver = Browser.start();
        try (WebServer server = WebServer.start(db, "127.0.0.1", 0, null)) {
            List<String> problems = new ArrayList<>();
            for (String page : PAGES) {
                driver.get(server.url() + page);
                for (String landmark : List.of("header", "header nav", "main", "main h1")) {
                    if (driver.findElements(By.cssSelector(landmark)).isEmpty()) problems.add("/" + page + ": no " + landmark);
                }
                Results axe = new AxeBuilder().analyze(driver);
                for (Rule r : axe.getViolations()) {
                    if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                        problems.add("/" + page + ": " + r.getId() + " (" + r.getImpact() + ") " + r.getHelp() + " at "
                                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")));
                    }
                }
            }
            assertEquals(List.of(), problems);

            // the keyboard: the first Tab reaches the skip link, which is visible when focused and leads into main
            driver.get(server.url() + "person/" + Newsroom.OKAFOR);
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement skip = driver.switchTo().activeElement();
            assertEquals("Skip to the content", skip.getText());
            assertTrue(skip.getRect().getX() >= 0, "the skip link shows when focused");
            skip.sendKeys(Keys.ENTER);
            assertEquals("main", driver.switchTo().activeElement().getTagName());
            // Tab goes through every link and control of the page, each with a visible focus outline
            Set<String> reached = new HashSet<>();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            for (int i = 0; i < 200; i++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                WebElement active = driver.switchTo().activeElement();
                if (active.getTagName().equals("body")) break;
                String outline = (String) js.executeScript("const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", active);
                assertFalse(outline.startsWith("none"), "no visible focus on " + active.getTagName() + " " + active.getText());
                String href = active.getAttribute("href");
                reached.add(href != null ? href : active.getTagName() + "#" + active.getAttribute("id"));
            }
            assertTrue(reached.contains("select#story") && reached.contains("select#topic"), reached.toString());
            long points = driver.findElements(By.cssSelector("svg.chart a")).size();
            long evidenceReached = reached.stream().filter(h -> h.contains("/statement/")).count();
            assertNotEquals(0, points);
            assertTrue(evidenceReached >= 5, "the drawn points and the evidence links are reachable by Tab: " + reached);
        } finally {
            driver.quit();
        }
    }
}

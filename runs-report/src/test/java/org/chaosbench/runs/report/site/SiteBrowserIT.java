package org.chaosbench.runs.report.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.report.TaggedProject;
import org.chaosbench.runs.report.publish.PublishRequest;
import org.chaosbench.runs.report.publish.RunPublisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The leaderboard in real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs), opened from disk: sort, filter, reload the permalink, keyboard use, no
 * console error, no network request, and a run named like markup stays text. Selenium is given
 * the driver and browser paths, so it downloads nothing. Skips only when Chromium is absent.
 */
class SiteBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String FULL_BOARD = "boards/cfcfcc739988-n40886.html";
    private static final List<String> OWN_BASELINES = List.of("always-true", "always-false", "random");

    private static Path site;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed (apt-get install -y chromium chromium-driver): browser test skipped");
        Path reference = SiteFixtures.referencePublished();
        Path work = Path.of("target/site-browser-it").toAbsolutePath();
        delete(work);
        // A release of this project (its embedded dataset at a tagged master), its three offline
        // baselines evaluated and published there by our own runner and publisher, beside the
        // original tool's published runs.
        Path root = TaggedProject.create(work.resolve("root"));
        Path published = root.resolve(PublishRequest.DEFAULT_PUBLISHED_DIR);
        SiteFixtures.copyTree(reference, published);
        // The project's own committed published runs, when it has any, go on the same site.
        Path own = SiteFixtures.projectRoot().resolve("published_results/runs");
        if (Files.isDirectory(own)) {
            SiteFixtures.copyTree(own, published);
        }
        for (String baseline : OWN_BASELINES) {
            EvalRun.Result run = TaggedProject.eval(root, baseline, Clock.systemUTC());
            RunPublisher.publish(new PublishRequest(root, run.runDir(), null, false, false, false, null, null, null, null),
                    Clock.systemUTC());
        }
        SiteFixtures.publishedRun(published, "20260301T000000Z_mock", "mock/" + SiteFixtures.XSS_MODEL,
                "cfcfcc739988ad99c38d47dd171ff39f67df3ddca7d8d452e8c77b30f14e7279", 40886, 20000,
                "2026-03-01T00:00:00+00:00");
        site = work.resolve("site");
        SiteBuilder.build(new SiteOptions(root, published, null, site, null));

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void sortFilterAndPermalinkWorkFromDiskWithoutErrorsOrNetwork() throws IOException {
        open(FULL_BOARD);
        assertThat(visibleModels()).hasSize(4);
        assertThat(header("rank").getAttribute("aria-sort")).isEqualTo("ascending");

        // Sort by accuracy: numbers as numbers, best first, then reversed.
        header("accuracy_valid").findElement(By.tagName("button")).click();
        assertThat(header("accuracy_valid").getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(header("rank").getAttribute("aria-sort")).isEqualTo("none");
        List<Double> accuracies = visibleValues(4);
        assertThat(accuracies).isSortedAccordingTo(Comparator.reverseOrder()).contains(0.7382);
        // Keyboard: the same header button with Enter.
        header("accuracy_valid").findElement(By.tagName("button")).sendKeys(Keys.ENTER);
        assertThat(header("accuracy_valid").getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(visibleValues(4)).isSortedAccordingTo(Comparator.naturalOrder());

        // Filter and a facet.
        WebElement filter = driver.findElement(By.id("q"));
        filter.sendKeys("qwen");
        assertThat(visibleModels()).containsExactly("qwen2.5:14b", "qwen2.5:32b");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("2 of 4 runs shown.");

        // The permalink brings the same view back after leaving the page.
        String permalink = driver.getCurrentUrl();
        assertThat(permalink).contains("#").contains("sort=accuracy_valid").contains("q=qwen");
        List<String> view = visibleModels();
        open("index.html");
        driver.get(permalink);
        assertThat(visibleModels()).isEqualTo(view);
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("qwen");
        assertThat(header("accuracy_valid").getAttribute("aria-sort")).isEqualTo("ascending");
        driver.navigate().refresh();
        assertThat(visibleModels()).isEqualTo(view);

        // The verdict badge explains itself on keyboard focus, not only on hover.
        WebElement badge = driver.findElement(By.cssSelector("#board tbody tr:not(.hidden) .badge"));
        WebElement tip = driver.findElement(By.id(badge.getAttribute("aria-describedby")));
        assertThat(tip.isDisplayed()).isFalse();
        driver.executeScript("arguments[0].focus()", badge);
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).isNotBlank();

        // Family columns can be hidden, and the choice is part of the permalink.
        driver.findElement(By.cssSelector("input[data-family=atomic]")).click();
        assertThat(header("acc_atomic").isDisplayed()).isFalse();
        assertThat(driver.getCurrentUrl()).contains("hide=atomic");

        saveScreenshot("leaderboard.png");
        assertNoConsoleErrorsAndNoNetwork();
    }

    @Test
    void theProjectsOwnPublishedBaselinesHaveTheirOwnBoardAsOfficialRuns() throws IOException {
        String board;
        try (Stream<Path> boards = Files.list(site.resolve("boards"))) {
            board = boards.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-n1072.html")).findFirst()
                    .orElseThrow(() -> new AssertionError("no board of the embedded 1,072-item dataset"));
        }
        open("boards/" + board);
        // The random baseline's model name carries its TRUE rate (FORMATS 5.4).
        assertThat(visibleModels()).containsExactlyInAnyOrder("always-true", "always-false", "random-p0.5");
        assertThat(driver.findElements(By.cssSelector("#board tbody tr .badge"))).hasSize(3)
                .allSatisfy(b -> assertThat(b.getText()).contains("Official"));
        // Never mixed into the reference boards: the full reference board still holds its own four runs.
        open(FULL_BOARD);
        assertThat(visibleModels()).hasSize(4).doesNotContain("always-true", "always-false", "random-p0.5");
        assertNoConsoleErrorsAndNoNetwork();
    }

    @Test
    void theRunNamedLikeMarkupIsTextEverywhere() throws IOException {
        for (String page : List.of(FULL_BOARD, "runs/20260301T000000Z_mock.html", "changelog.html", "index.html")) {
            open(page);
            assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertOnlyChartImagesLoadedFromDisk(page, !page.equals("changelog.html") && !page.equals("index.html"));
            if (!page.equals("index.html")) {
                assertThat(driver.findElement(By.tagName("main")).getText()).as(page).contains(SiteFixtures.XSS_MODEL);
            }
        }
        saveScreenshot("run-page.png");
        assertNoConsoleErrorsAndNoNetwork();
    }

    /**
     * The only images are the site's SVG charts, each read from disk and decoded (a broken one
     * has naturalWidth 0), each with a text alternative that keeps the model name as text.
     */
    private static void assertOnlyChartImagesLoadedFromDisk(String page, boolean expectCharts) {
        List<WebElement> images = driver.findElements(By.cssSelector("main img"));
        if (expectCharts) {
            assertThat(images).as(page).isNotEmpty();
        }
        for (WebElement img : images) {
            String src = img.getAttribute("src");
            assertThat(src).as(page).startsWith("file:").contains("/charts/").endsWith(".svg");
            assertThat(img.getAttribute("alt")).as(src).isNotBlank();
            Object width = driver.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", img);
            assertThat(((Number) width).longValue()).as(src + " decoded").isPositive();
        }
    }

    private static void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    private static WebElement header(String key) {
        return driver.findElement(By.cssSelector("#board thead th[data-key='" + key + "']"));
    }

    private static List<String> visibleModels() {
        List<String> models = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#board tbody tr:not(.hidden)"))) {
            models.add(row.findElement(By.cssSelector("th a")).getText());
        }
        return models;
    }

    private static List<Double> visibleValues(int expected) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#board tbody tr:not(.hidden)"));
        assertThat(rows).hasSize(expected);
        List<Double> values = new ArrayList<>();
        for (WebElement row : rows) {
            values.add(Double.valueOf(row.findElements(By.tagName("td")).get(3).getAttribute("data-value")));
        }
        return values;
    }

    private static void assertNoConsoleErrorsAndNoNetwork() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(e.getMessage());
            }
        }
        assertThat(errors).as("console errors and warnings").isEmpty();
        List<String> requests = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = e.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"")) {
                int at = message.indexOf("\"url\":\"");
                requests.add(message.substring(at + 7, message.indexOf('"', at + 7)));
            }
        }
        assertThat(requests).as("requests made").isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith("file:"));
    }

    private static void saveScreenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target/site-browser-it").toAbsolutePath().resolve(name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isPositive();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

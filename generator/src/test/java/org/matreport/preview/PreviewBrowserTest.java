package org.matreport.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.support.Log;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in a real browser: headless Chromium, driven by Selenium through the ChromeDriver of the operating
 * system's packages (on Debian, {@code chromium} and {@code chromium-driver}). Outside CI a machine without them skips
 * this test and says so; in CI ({@code CI=true}) it must run.
 */
class PreviewBrowserTest {

    @TempDir
    Path temp;

    private Preview preview;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            String missing = "the browser test needs chromium and chromedriver on the PATH"
                    + " (Debian: apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(missing + "; CI installs them in .ci/run");
            }
            System.err.println("PreviewBrowserTest skipped: " + missing);
            assumeTrue(false, missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        // As root in a container Chromium needs --no-sandbox; the rest keep it from reaching for the network.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void thePageFollowsEverySaveAndShowsProblemsWhereTheyAre() throws Exception {
        Path trust = PreviewFolders.example(temp);
        Path file = trust.resolve("trust.yaml");
        int colourLine = Files.readAllLines(file).indexOf("  colour: \"#1d4f91\"") + 1;
        preview = Preview.start(trust, null, 0, Log.silent());
        browser.get(preview.uri().toString());
        assertEquals("Northern Lights Academy Trust: strategy pack 2026/27", browser.getTitle());
        WebDriverWait patience = new WebDriverWait(browser, PreviewFolders.PATIENCE);

        PreviewFolders.edit(file, "leaves our", "leaves each of our");
        patience.until(page -> text(page).contains("leaves each of our"));

        PreviewFolders.edit(file, "  colour: \"#1d4f91\"", "  colur: \"#1d4f91\"");
        patience.until(page -> !page.findElements(By.id("matreport-problems")).isEmpty());
        String problems = browser.findElement(By.id("matreport-problems")).getText();
        assertTrue(problems.contains("trust.yaml:" + colourLine + ":3: trust.colur: "), problems);
        assertTrue(text(browser).contains("leaves each of our"), "the last good pack stays below the problems");

        PreviewFolders.edit(file, "  colur: \"#1d4f91\"", "  colour: \"#1d4f91\"");
        patience.until(page -> page.findElements(By.id("matreport-problems")).isEmpty());
        assertEquals(List.of(), preview.problems());
    }

    private static String text(WebDriver page) {
        return page.findElement(By.tagName("body")).getText();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}

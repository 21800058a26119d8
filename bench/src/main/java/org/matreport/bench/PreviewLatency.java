package org.matreport.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.matreport.preview.Preview;
import org.matreport.support.Log;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * How long an edit takes to reach the screen in {@code matreport serve}: a copy of a trust folder is previewed in
 * headless Chromium, one sentence of {@code trust.yaml} is changed and saved, and the time from the save to the first
 * paint of the page showing it is read from the browser's own clock (the same wall clock as ours). Prints one line of
 * JSON: the samples in milliseconds, and their median.
 *
 * <pre>java -cp benchmarks.jar org.matreport.bench.PreviewLatency TRUST_DIR WORK_DIR EDITS CHROMIUM CHROMEDRIVER</pre>
 */
public final class PreviewLatency {

    private static final String SENTENCE = "Every child in the towns";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The first paint of the page in epoch milliseconds, once it shows the text, or null while it does not. */
    private static final String PAINTED_WITH = "if (document.readyState !== 'complete'"
            + " || document.body.innerText.indexOf(arguments[0]) < 0) return null;"
            + " var paint = performance.getEntriesByName('first-contentful-paint')[0]"
            + " || performance.getEntriesByName('first-paint')[0];"
            + " return performance.timeOrigin + (paint ? paint.startTime"
            + " : performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);";

    private PreviewLatency() {}

    public static void main(String[] args) throws Exception {
        Path trust = copy(Path.of(args[0]), Path.of(args[1]).resolve("preview-trust"));
        int edits = Integer.parseInt(args[2]);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(args[3]);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(Path.of(args[1]).resolve("preview-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(args[4]).toFile())
                .usingAnyFreePort()
                .build();
        List<Double> samples = new ArrayList<>();
        ChromeDriver browser = new ChromeDriver(service, options);
        try (Preview preview = Preview.start(trust, null, 0, Log.silent())) {
            browser.get(preview.uri().toString());
            Path file = trust.resolve("trust.yaml");
            String shown = SENTENCE;
            // The first edits warm the JIT compiler up, as a preview kept open all morning is; they are not counted.
            int warmUp = Math.max(3, edits / 4);
            for (int i = 0; i < warmUp + edits; i++) {
                String next = "Every child (edit " + i + ") in the towns";
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, text.replace(shown, next), StandardCharsets.UTF_8);
                long saved = System.currentTimeMillis();
                double painted = awaitPaint(browser, "(edit " + i + ")");
                shown = next;
                if (i >= warmUp) {
                    samples.add(painted - saved);
                }
                Thread.sleep(300);
            }
        } finally {
            browser.quit();
        }
        List<Double> sorted = samples.stream().sorted().toList();
        double median = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf(
                "{\"median\": %.1f, \"max\": %.1f, \"samples\": %s}%n", median, sorted.get(sorted.size() - 1), samples);
    }

    private static double awaitPaint(ChromeDriver browser, String text) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            try {
                Object painted = ((JavascriptExecutor) browser).executeScript(PAINTED_WITH, text);
                if (painted instanceof Number number) {
                    return number.doubleValue();
                }
            } catch (WebDriverException e) {
                // The page is being replaced; ask the new one.
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the preview never showed " + text);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.startsWith("target")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}

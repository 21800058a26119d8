package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matreport.TestFiles;
import org.matreport.engine.Engine;
import org.matreport.engine.PackRequest;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * A trust whose free text is written to attack the published pack: script, raw HTML, event handlers, javascript:
 * and data: links, remote images, and FreeMarker syntax, in the vision, the mission, the rationale and every other
 * field printed as prose. Each format must show that text as text and keep only the safe inline Markdown the trust
 * may use.
 */
class HostileTextTest {

    private static final String STATEMENT = "We *aim* high: <script>alert('vision')</script>"
            + " [board minutes](https://example.org/minutes) [run](javascript:alert(1))"
            + " ![pixel](http://127.0.0.1:9/pixel.png) <img src=x onerror=alert(2)>";
    private static final String MISSION = "${7*7} <#assign owned=1> [[x]] <a href=\"javascript:alert(3)\">mission</a>";
    private static final String RATIONALE = "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)"
            + " <iframe src=\"https://example.org\"></iframe> **strong words**";

    /**
     * The other prose fields, each as the line the fixture has and a word that marks the field's own hostile text, so
     * that a field printed without {@code prose(...)} is caught by name.
     */
    private static final Map<String, String> FIELDS = Map.of(
            "Valueword", "values: [ambition, kindness, community]",
            "Outcomeword", "description: How staff describe the trust",
            "Notesword", "notes: A joining school keeps its curriculum for a year.",
            "Criteriaword", "criteria: Two years of secure outcomes.",
            "Policyword", "note: The committee weighed the draft against the common curriculum.",
            "Reasonword", "reason: A trustee with audit experience joins in the spring.");

    @TempDir
    static Path temp;

    private static String markdown;
    private static String html;
    private static String pdf;
    private static final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        Path trust = TestFiles.copy(TestFiles.resource("trusts/full"), temp.resolve("trust"));
        Path yaml = trust.resolve("trust.yaml");
        String text = Files.readString(yaml)
                .replace(
                        "Every pupil leaves our schools able to choose their own future.",
                        "\"" + STATEMENT.replace("\"", "\\\"") + "\"")
                .replace(
                        "A common curriculum, taught well, with teachers who keep learning together.",
                        "\"" + MISSION.replace("\"", "\\\"") + "\"")
                .replace(
                        "rationale: We align the core and leave the rest to schools while we grow.",
                        "rationale: \"" + RATIONALE.replace("\"", "\\\"") + "\"");
        for (Map.Entry<String, String> field : FIELDS.entrySet()) {
            String line = field.getValue();
            String quoted = "\"" + hostile(field.getKey()).replace("\"", "\\\"") + "\"";
            String replaced = line.startsWith("values:")
                    ? line.replace("kindness", quoted)
                    : line.substring(0, line.indexOf(':') + 2) + quoted;
            assertTrue(text.contains(line), line);
            text = text.replace(line, replaced);
        }
        // Without audit and risk on the board the acknowledged finding fires, so that its reason reaches the appendix.
        String skills = "estates, audit-risk, safeguarding";
        assertTrue(text.contains(skills), skills);
        Files.writeString(yaml, text.replace(skills, "estates, safeguarding"));
        Path out = temp.resolve("out");
        Log log = new Log() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
        new Engine(log)
                .generate(
                        new PackRequest(trust, out, EnumSet.allOf(Format.class), null, 0L), LocalDate.of(2026, 11, 1));
        markdown = Files.readString(only(out, ".md"));
        html = Files.readString(only(out, ".html"));
        pdf = ConfinedRenderTest.pdfText(only(out, ".pdf")).replaceAll("\\s+", " ");
    }

    @Test
    void theHtmlHasNoScriptNoHandlerNoFrameAndNoImageButTheLogo() {
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        assertFalse(lower.contains("<script"), "script element");
        assertFalse(lower.contains("<iframe"), "iframe element");
        assertFalse(Pattern.compile("<[a-z][^>]*\\son[a-z]+=").matcher(lower).find(), "event handler attribute");
        // The one image is the trust's own logo, carried inside the page; the text's images are gone.
        java.util.regex.Matcher images = Pattern.compile("<img[^>]*>").matcher(lower);
        while (images.find()) {
            assertTrue(images.group().startsWith("<img class=\"logo\" src=\"data:image/"), images.group());
        }
        for (String href : hrefs(html)) {
            assertTrue(href.startsWith("https:") || href.startsWith("mailto:") || href.startsWith("#"), href);
        }
    }

    /** Should an escape ever fail, the browser still runs no script and fetches nothing for the page. */
    @Test
    void theHtmlForbidsScriptAndRequestsByPolicy() {
        assertTrue(
                html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data:; font-src data:\" />"),
                "content security policy");
    }

    @Test
    void safeInlineMarkdownIsKept() {
        assertTrue(html.contains("<em>aim</em>"), "emphasis");
        assertTrue(html.contains("<strong>strong words</strong>"), "strong emphasis");
        assertTrue(html.contains("<a href=\"https://example.org/minutes\">board minutes</a>"), "https link");
        assertTrue(markdown.contains("[board minutes](<https://example.org/minutes>)"), "https link in Markdown");
    }

    @Test
    void whatIsRefusedStillReadsAsText() {
        for (String shown : List.of(
                "<script>alert('vision')</script>", "${7*7} <#assign owned=1>", "<img src=x onerror=alert(2)>")) {
            assertTrue(pdf.contains(shown), () -> "PDF shows " + shown);
        }
        assertTrue(
                html.contains("&lt;script&gt;alert(&#39;vision&#39;)&lt;/script&gt;")
                        || html.contains("&lt;script&gt;alert('vision')&lt;/script&gt;"),
                "escaped script in HTML");
        assertTrue(pdf.contains("run pixel"), "unsafe link and image keep their words: " + pdf);
        assertFalse(
                Pattern.compile("\\]\\(<?(javascript|data|http):")
                        .matcher(markdown)
                        .find(),
                "unsafe link in Markdown");
        assertFalse(markdown.contains("!["), "image in Markdown");
        assertTrue(markdown.contains("${7\\*7}"), "the trust's ${7*7} is text, not evaluated");
    }

    /** Each field's emphasis, strong words and https link survive in Markdown and HTML. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void everyProseFieldKeepsItsSafeMarkdown(String word) {
        assertTrue(markdown.contains("*" + word + "*"), () -> "emphasis in Markdown for " + word);
        assertTrue(markdown.contains("**" + word + " words**"), () -> "strong in Markdown for " + word);
        assertTrue(
                markdown.contains("[" + word + " page](<https://example.org/" + word + ">)"),
                () -> "https link in Markdown for " + word);
        assertTrue(html.contains("<em>" + word + "</em>"), () -> "emphasis in HTML for " + word);
        assertTrue(html.contains("<strong>" + word + " words</strong>"), () -> "strong in HTML for " + word);
        assertTrue(
                html.contains("<a href=\"https://example.org/" + word + "\">" + word + " page</a>"),
                () -> "https link in HTML for " + word);
    }

    /** Each field's script, unsafe link, image and template syntax read as the characters typed, in every format. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void everyProseFieldShowsWhatItRefusesAsText(String word) {
        assertTrue(markdown.contains("\\<script\\>" + word + "()"), () -> "escaped script in Markdown for " + word);
        assertTrue(markdown.contains("run " + word), () -> "words of the javascript: link in Markdown for " + word);
        assertTrue(markdown.contains(word + " pixel"), () -> "alt text of the image in Markdown for " + word);
        assertTrue(markdown.contains("${" + word + "}"), () -> "template syntax in Markdown for " + word);
        assertTrue(
                html.contains("&lt;script&gt;" + word + "()&lt;/script&gt;"),
                () -> "escaped script in HTML for " + word);
        assertTrue(html.contains("${" + word + "}"), () -> "template syntax in HTML for " + word);
        assertTrue(html.contains("run " + word), () -> "words of the javascript: link in HTML for " + word);
        assertTrue(html.contains(word + " pixel"), () -> "alt text of the image in HTML for " + word);
        // Short tokens only, read without white space: a narrow table cell (the policy register's note) may break
        // "<script" from the rest of its tag, and the PDF's lines mix the cells of a row. The tag's closing bracket
        // printed as text before the word is what shows the escape.
        String compact = pdf.replace(" ", "");
        assertTrue(compact.contains("<script"), "the opening tag prints as text");
        for (String shown : List.of(">" + word + "()", "${" + word + "}", word + "=1>")) {
            assertTrue(compact.contains(shown), () -> "PDF shows " + shown + " in " + around(compact, word));
        }
    }

    @Test
    void renderingWarnedOfNothing() {
        assertEquals(List.of(), warnings);
    }

    private static String around(String text, String word) {
        int at = text.indexOf(word);
        return at < 0 ? "(no " + word + ")" : text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 200));
    }

    static Stream<String> fields() {
        return FIELDS.keySet().stream().sorted();
    }

    /** Script, a javascript: link, a remote image and template syntax among the formatting the trust may use. */
    private static String hostile(String word) {
        return "*" + word + "* <script>" + word + "()</script> [" + word + " page](https://example.org/" + word + ")"
                + " [run " + word + "](javascript:alert(1)) ![" + word + " pixel](http://127.0.0.1:9/" + word + ".png)"
                + " ${" + word + "} <#assign " + word + "=1> **" + word + " words**";
    }

    private static List<String> hrefs(String page) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Path only(Path out, String extension) throws java.io.IOException {
        try (var files = Files.list(out)) {
            return files.filter(f -> f.toString().endsWith(extension))
                    .findFirst()
                    .orElseThrow();
        }
    }
}

package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.load.TrustLoader;
import org.matreport.rules.Rulebook;
import org.matreport.support.Format;

/**
 * The HTML pack as a browser, a screen reader and a phone meet it: valid HTML5 by the Nu HTML checker, landmarks,
 * one h1, column headers with scope, the logo inside the page with alt text, and nothing fetched from elsewhere.
 */
class HtmlPageTest {

    @TempDir
    static Path folder;

    private static EmbeddedValidator validator;
    private static String plain;
    private static String withSvgLogo;
    private static String withPngLogo;
    private static String hostile;
    private static String example;

    @BeforeAll
    static void render() throws Exception {
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        Packs packs = new Packs();
        plain = html(packs.write(TestTrusts.northernLights(), folder.resolve("plain"), html(), null, null));
        withSvgLogo = html(
                packs.write(Logos.withSvg(folder.resolve("svg-trust")), folder.resolve("svg"), html(), null, null));
        withPngLogo = html(
                packs.write(Logos.withPng(folder.resolve("png-trust")), folder.resolve("png"), html(), null, null));
        hostile = html(packs.write(TestTrusts.hostile(), folder.resolve("hostile"), html(), null, null));
        example = html(packs.write(
                new TrustLoader(Rulebook.ids()).load(Path.of("..", "example-trust")),
                folder.resolve("example"),
                html(),
                null,
                null));
    }

    @Test
    void isValidHtml5() throws Exception {
        for (String page : List.of(plain, withSvgLogo, withPngLogo, hostile, example)) {
            assertEquals("", errors(page));
        }
    }

    @Test
    void theCheckerItselfCatchesABrokenPage() throws Exception {
        // Without this, a checker that found nothing at all would let every page pass.
        String broken = plain.replace("<title>", "<title></title><title>");
        assertFalse(errors(broken).isEmpty(), "two titles are an error");
    }

    @Test
    void hasLandmarksAndExactlyOneTopHeading() {
        for (String landmark : List.of("<header", "<main>", "<nav", "<footer")) {
            assertEquals(1, count(plain, Pattern.quote(landmark)), landmark);
        }
        assertEquals(1, count(plain, "<h1[ >]"), "one h1");
        assertTrue(plain.contains("<nav class=\"contents\" aria-labelledby=\"contents\">"), "contents is navigation");
    }

    @Test
    void everyColumnHeaderSaysWhatItHeads() {
        int headers = count(plain, "<th[ >]");
        assertTrue(headers > 10, headers + " header cells");
        assertEquals(headers, count(plain, "<th scope=\"col\""), "every th has scope");
    }

    @Test
    void everyTableSitsInABoxThatCanScrollOnAPhone() {
        assertEquals(count(plain, "<table"), count(plain, "<div class=\"table( compact)?\">\\s*<table"));
        assertTrue(plain.contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\""), "viewport");
        assertTrue(plain.contains("<style media=\"screen and (max-width: 40em)\">"), "phone stylesheet");
        assertTrue(plain.contains("@media print"), "print stylesheet");
    }

    @Test
    void shortValuesStayOnOneLineAndNamesKeepRoomBesideSentences() {
        // The break-point table: a rule's name beside a whole sentence must not be squeezed to a word per line. The
        // state column also holds "ahead, from 1 September 2028" for the example's joining school, so it may be judged
        // a name rather than a short value; either way it keeps a width of its own.
        assertTrue(
                Pattern.compile("<tr><td class=\"name\">High performer joining aligned trust</td>"
                                + "<td class=\"(short|name)\">From 1 September 2028</td>")
                        .matcher(example)
                        .find(),
                "break point is a name, its date a value kept whole");
        Matcher sentence = Pattern.compile("<td>Pupils meeting the expected standard[^<]{40,}</td>")
                .matcher(example);
        assertTrue(sentence.find(), "a sentence column gets no width of its own");
        assertEquals(
                count(example, "<th scope=\"col\" class="),
                count(example, "<th scope=\"col\" class=\"number\""),
                "header cells wrap as they need; only a column of figures is marked, to align them");
    }

    @Test
    void figuresAreRightAlignedAndTheObsoleteAlignAttributeIsNeverWritten() {
        assertTrue(
                example.contains("<th scope=\"col\" class=\"number\">Pupils</th>"), "the header of a figures column");
        assertTrue(
                Pattern.compile("<td class=\"short number\">1,050</td>")
                        .matcher(example)
                        .find(),
                "a school's pupils are a figure");
        assertFalse(example.contains(" align="), "alignment is the stylesheet's");
        assertTrue(example.contains("td.number, th.number { text-align: right;"), "the stylesheet aligns them");
    }

    @Test
    void theSentenceBeforeAChartOrAListIsKeptWithIt() {
        // Every chart follows the sentence that introduces it; the example's two hubs are close in size, so it draws no
        // schools chart, the one that would follow its heading directly.
        int charts = count(example, "<figure class=\"chart\"");
        assertTrue(charts >= 5, charts + " charts");
        assertFalse(example.contains("id=\"chart-schools\""), "no schools chart");
        String leadIn = "(?s)<p class=\"lead-in\">(?:(?!</p>).)*</p>\\s*";
        assertEquals(charts, count(example, leadIn + "<figure class=\"chart\""));
        int findings = count(example, "<li><strong>Found:</strong>");
        assertTrue(findings >= 3, findings + " findings");
        assertEquals(findings, count(example, leadIn + "<ul>\\s*<li><strong>Found:</strong>"), "a finding's title");
        assertEquals(
                count(example, "class=\"lead-in\""),
                count(example, leadIn + "(<figure class=\"chart\"|<ul>|<ol>)"),
                "only a paragraph before a chart or a list is kept with what follows");
    }

    @Test
    void theLogoTravelsInsideThePageWithAltText() {
        assertTrue(
                withSvgLogo.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,"), "SVG logo as data URI");
        assertTrue(withPngLogo.contains("<img class=\"logo\" src=\"data:image/png;base64,"), "PNG logo as data URI");
        assertTrue(withSvgLogo.contains("alt=\"Logo of Northern Lights Academy Trust\""), "alt text");
        assertFalse(plain.contains("<img"), "no logo, no image");
    }

    @Test
    void asksForNothingFromElsewhere() {
        for (String page : List.of(plain, withSvgLogo, withPngLogo, example)) {
            assertFalse(page.contains("<script"), "no script");
            assertFalse(page.contains("<link"), "no linked stylesheet");
            assertFalse(page.contains("url("), "no CSS fetch");
            assertEquals(0, count(page, "(src|href)=\"(?!data:|#)"), "every src and href is a data: URI or an anchor");
        }
    }

    private static String errors(String page) throws Exception {
        String report = validator.validate(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        return report.lines().filter(l -> l.contains("error:")).collect(Collectors.joining("\n"));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static EnumSet<Format> html() {
        return EnumSet.of(Format.HTML);
    }

    private static String html(List<Path> written) throws Exception {
        return Files.readString(written.get(0));
    }
}

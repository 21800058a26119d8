package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.support.Format;

/**
 * A school whose name is one word of 80 letters, which would widen its column until the columns after it (URN,
 * local authority, pupils, performance, joined) fell off the page for every row of its table. Every value of every
 * table row of the HTML pack must be in the PDF's text, and the HTML must let such a word break.
 */
class LongWordsTest {

    static final String LONG_NAME = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochcommunityprimaryacadem";

    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    @TempDir
    static Path out;

    private static final Packs PACKS = new Packs();
    private static String html;
    private static String pdfText;

    @BeforeAll
    static void render() throws Exception {
        List<Path> files = PACKS.write(trust(), out, EnumSet.of(Format.HTML, Format.PDF), null, null);
        for (Path file : files) {
            if (file.toString().endsWith(".html")) {
                html = Files.readString(file, StandardCharsets.UTF_8);
            } else if (file.toString().endsWith(".pdf")) {
                try (PDDocument document = Loader.loadPDF(file.toFile())) {
                    pdfText = new PDFTextStripper().getText(document);
                }
            }
        }
    }

    @Test
    void theNameIsEightyLettersInOneWord() {
        assertEquals(80, LONG_NAME.length());
    }

    @Test
    void everyValueOfEveryTableRowIsInThePdf() {
        String printed = squeezed(pdfText);
        List<String> missing = new ArrayList<>();
        Matcher cell = CELL.matcher(html);
        int cells = 0;
        while (cell.find()) {
            String value = squeezed(text(cell.group(1)));
            cells++;
            if (!value.isEmpty() && !printed.contains(value)) {
                missing.add(value);
            }
        }
        assertTrue(cells > 100, "the pack's tables hold their cells: " + cells);
        assertEquals(List.of(), missing, () -> "values missing from the PDF:\n" + pdfText);
    }

    @Test
    void thePrinterTakesTheStyleWithoutWarnings() {
        assertEquals(List.of(), PACKS.warnings);
    }

    @Test
    void theHtmlLetsALongWordBreakInATableCell() {
        assertTrue(
                html.matches("(?s).*td.long-word[^{}]*\\{[^}]*overflow-wrap: *anywhere.*"),
                "the page's style lets a table cell break a long word");
    }

    /** The cell's text without tags, with the few entities flexmark writes decoded. */
    private static String text(String cellHtml) {
        return cellHtml.replaceAll("<[^>]+>", "")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }

    /** Without white space or the invisible isolates, so that a word broken over lines still matches. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u2068\\u2069\\u00ad]+", "");
    }

    static Trust trust() {
        List<School> schools = new ArrayList<>(TestTrusts.schools(TestTrusts.WELSH_SCHOOL));
        School s = schools.get(1);
        schools.set(
                1,
                new School(
                        s.urn(),
                        LONG_NAME,
                        s.phase(),
                        s.region(),
                        s.localAuthority(),
                        s.pupils(),
                        s.joined(),
                        s.group(),
                        s.performance(),
                        s.performanceBasis(),
                        s.ownApproach()));
        return TestTrusts.northernLights(schools);
    }
}

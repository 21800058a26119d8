package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.engine.PackRequest;
import org.matreport.engine.PackWriter;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.rules.CheckResult;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Rulebook;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * The pack read as a board paper, on the shipped example (12 schools) and the 50-school test trust: page 1 names the
 * decisions, nothing for the tool's builders comes before the appendix, the body is legible on paper, and every
 * section tells one story about each finding.
 */
class BoardPaperTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");
    private static final Path FIFTY = Path.of("src", "test", "resources", "trusts", "fifty");
    private static final String APPENDIX = "Appendix: for the strategy team";
    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{3}-[0-9]{3}\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b[0-9]{4}-[0-9]{2}-[0-9]{2}\\b");

    @TempDir
    static Path out;

    private static Pack example;
    private static Pack fifty;

    /** One trust's pack: its findings, its Markdown and its PDF. */
    record Pack(LoadedTrust trust, CheckResult result, String markdown, byte[] pdf) {

        String body() {
            int appendix = markdown.indexOf("## " + APPENDIX);
            assertTrue(appendix > 0, "the pack has an appendix");
            return markdown.substring(0, appendix);
        }

        String section(String heading) {
            int start = markdown.indexOf("\n## " + heading + "\n");
            assertTrue(start >= 0, "the pack has a section " + heading);
            int end = markdown.indexOf("\n## ", start + 4);
            return markdown.substring(start, end < 0 ? markdown.length() : end);
        }
    }

    @BeforeAll
    static void render() throws Exception {
        example = pack(EXAMPLE, "example");
        fifty = pack(FIFTY, "fifty");
    }

    private static Pack pack(Path folder, String name) throws Exception {
        LoadedTrust trust = new TrustLoader(Rulebook.ids()).load(TestFiles.copy(folder, out.resolve(name)));
        CheckResult result = new CoherenceCheck().run(trust, Packs.TODAY);
        List<Path> written = new PackWriter()
                .write(
                        trust,
                        result,
                        new PackRequest(
                                trust.folder(),
                                out.resolve(name + "-pack"),
                                EnumSet.of(Format.MARKDOWN, Format.PDF),
                                null,
                                0L),
                        Log.silent());
        return new Pack(trust, result, Files.readString(written.get(0)), Files.readAllBytes(written.get(1)));
    }

    @Test
    void pageOneNamesTheDecisionsTheBoardIsAskedToTake() throws IOException {
        for (Pack pack : List.of(example, fifty)) {
            String first = pageText(pack.pdf(), 1, 1);
            assertTrue(first.contains("Decisions for the board"), first);
            assertTrue(first.contains("For decision"), first);
            assertTrue(first.contains("Decide by"), first);
            assertFalse(first.contains("commit "), "the source version is at the back, not on the cover: " + first);
        }
        assertTrue(pageText(example.pdf(), 1, 1).contains("Agree with the school before it joins"));
    }

    @Test
    void aLapsedAcknowledgementIsADecisionOnTheCover() throws IOException {
        String first = pageText(fifty.pdf(), 1, 1).replaceAll("\\s+", " ");
        assertTrue(first.contains("Renew the board's acceptance of the finding \"Low development investment\""), first);
        assertTrue(first.contains("lapsed on 31 July 2026"), first);
    }

    @Test
    void noRuleIdSettingNameOrFileLocationComesBeforeTheAppendix() throws IOException {
        for (Pack pack : List.of(example, fifty)) {
            String body = pack.body();
            Matcher id = RULE_ID.matcher(body);
            assertFalse(id.find(), () -> "a rule id in the body: " + id.group());
            assertFalse(body.contains(".yaml:"), "a file location in the body");
            for (String setting : List.of("boardRepresentationSchools", "groupSize", "researchPercent", "leadTime")) {
                assertFalse(body.contains(setting), "a setting name in the body: " + setting);
            }
            String printed = pageText(pack.pdf(), 1, appendixPage(pack.pdf()) - 1);
            assertFalse(RULE_ID.matcher(printed).find(), "a rule id on a body page of the PDF");
            assertFalse(printed.contains(".yaml:"), "a file location on a body page of the PDF");
            assertTrue(pack.markdown().contains(".yaml:"), "the appendix keeps the locations");
        }
    }

    @Test
    void everyDateBeforeTheAppendixIsInWords() {
        for (Pack pack : List.of(example, fifty)) {
            Matcher iso = ISO_DATE.matcher(pack.body());
            assertFalse(iso.find(), () -> "a date as the YAML writes it, in the body: " + iso.group());
        }
    }

    @Test
    void aRuleThatHoldsForManySchoolsIsOneFindingNamingThemAll() {
        long glassCeilings = fifty.result().findings().stream()
                .filter(f -> f.ruleId().equals("BRK-521"))
                .count();
        assertTrue(glassCeilings > 10, "the test trust has many high performers");
        String findings = fifty.section("Findings");
        assertEquals(1, count(findings, "**Glass ceiling**"), findings);
        for (var school : fifty.trust().trust().schools()) {
            if (school.performance() == org.matreport.model.Performance.HIGH) {
                assertTrue(findings.contains(school.name()), school.name() + " is named");
            }
        }
    }

    /**
     * A board paper reads in fifteen minutes: the body of a 50-school trust's pack (everything before the appendix)
     * in at most eleven A4 pages, a 12-school trust's in about half the twelve a 50-school one may have. Both bodies
     * list every school once, which a board expects to see.
     */
    @Test
    void theBodyOfAFiftySchoolPackFitsElevenPagesAndATwelveSchoolOneSeven() throws IOException {
        int fiftySchools = appendixPage(fifty.pdf()) - 1;
        assertTrue(fiftySchools <= 11, "the body of the 50-school pack runs to " + fiftySchools + " pages");
        int twelveSchools = appendixPage(example.pdf()) - 1;
        assertTrue(twelveSchools <= 7, "the body of the 12-school pack runs to " + twelveSchools + " pages");
    }

    /**
     * No row of a table, and no item of a list, stands alone on either side of a page break: a page never ends with
     * a table's first row nor starts with its last one (nor with the last line of the contents). Read from the PDF's
     * tags, which put each row and each item on the page its text is printed on. A repeated header row is not a row
     * of the table's body.
     */
    @Test
    void noTableRowOrListItemStandsAloneOnEitherSideOfAPageBreak() throws IOException {
        for (Pack pack : List.of(example, fifty)) {
            try (PDDocument document = Loader.loadPDF(pack.pdf())) {
                List<String> broken = new java.util.ArrayList<>();
                int[] checked = new int[2];
                walk(document, document.getDocumentCatalog().getStructureTreeRoot(), broken, checked);
                assertTrue(checked[0] > 10, "the tags hold the pack's tables and lists: " + checked[0]);
                if (pack == fifty) {
                    assertTrue(checked[1] > 0, "the list of fifty schools runs over a page break");
                }
                assertEquals(List.of(), broken, "rows or items alone on a page");
            }
        }
    }

    /**
     * Checks every table and list under {@code node}: each page a table or list runs over holds two of its rows.
     * {@code checked} counts the tables and lists seen, and those that run over a page break.
     */
    private static void walk(PDDocument document, PDStructureNode node, List<String> broken, int[] checked) {
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement element)) {
                continue;
            }
            String type = element.getStructureType();
            List<PDStructureElement> rows =
                    switch (type) {
                        case "Table" -> bodyRows(element);
                        case "L" -> children(element, "LI");
                        default -> null;
                    };
            if (rows != null && rows.size() > 1) {
                checked[0]++;
                java.util.Map<Integer, Integer> perPage = new java.util.TreeMap<>();
                for (PDStructureElement row : rows) {
                    java.util.Set<Integer> pages = new java.util.TreeSet<>();
                    pagesOf(document, row, element.getPage(), pages);
                    if (pages.size() == 1) { // an item that itself runs over a page break leaves no lone line
                        perPage.merge(pages.iterator().next(), 1, Integer::sum);
                    }
                }
                if (perPage.size() > 1) {
                    checked[1]++;
                }
                if (perPage.size() > 1 && perPage.values().stream().anyMatch(n -> n < 2)) {
                    broken.add(type + " of " + rows.size() + " across pages " + perPage);
                }
            }
            walk(document, element, broken, checked);
        }
    }

    /** A table's rows of data: those of its body, or, untagged by section, those holding data cells. */
    private static List<PDStructureElement> bodyRows(PDStructureElement table) {
        List<PDStructureElement> rows = new java.util.ArrayList<>();
        for (PDStructureElement part : children(table, null)) {
            if (part.getStructureType().equals("TBody")) {
                rows.addAll(children(part, "TR"));
            } else if (part.getStructureType().equals("TR")
                    && !children(part, "TD").isEmpty()) {
                rows.add(part);
            }
        }
        return rows;
    }

    private static List<PDStructureElement> children(PDStructureElement parent, String type) {
        List<PDStructureElement> found = new java.util.ArrayList<>();
        for (Object kid : parent.getKids()) {
            if (kid instanceof PDStructureElement e && (type == null || type.equals(e.getStructureType()))) {
                found.add(e);
            }
        }
        return found;
    }

    /** The pages (from 1) that an element's marked content is printed on. */
    private static void pagesOf(
            PDDocument document, PDStructureElement element, PDPage inherited, java.util.Set<Integer> pages) {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement inner) {
                pagesOf(document, inner, page, pages);
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                pages.add(document.getPages().indexOf(on) + 1);
            } else if (kid instanceof Integer && page != null) {
                pages.add(document.getPages().indexOf(page) + 1);
            }
        }
    }

    /**
     * A chart only where it shows a difference: the example's two hubs, 2,359 and 2,433 pupils, are said in a sentence;
     * the 50-school trust's nine hubs, from 755 to 3,624 pupils, are drawn.
     */
    @Test
    void theSchoolsAreDrawnOnlyWhereTheBarsWouldDiffer() {
        String example = BoardPaperTest.example.section("Schools");
        assertFalse(example.contains("chart:schools"), example);
        assertTrue(example.contains("The two are close in size:"), example);
        String fifty = BoardPaperTest.fifty.section("Schools");
        assertTrue(fifty.contains("[//]: # \"chart:schools\""), fifty);
    }

    @Test
    void ninetyFivePerCentOfTheBodyIsPrintedAtNinePointsOrMore() throws IOException {
        for (Pack pack : List.of(example, fifty)) {
            int last = appendixPage(pack.pdf()) - 1;
            long[] glyphs = new long[2];
            try (PDDocument document = Loader.loadPDF(pack.pdf())) {
                PDFTextStripper sizes = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition p : positions) {
                            if (!p.getUnicode().isBlank()) {
                                glyphs[0]++;
                                if (p.getFontSizeInPt() >= 8.95f) {
                                    glyphs[1]++;
                                }
                            }
                        }
                    }
                };
                sizes.setStartPage(1);
                sizes.setEndPage(last);
                sizes.getText(document);
            }
            assertTrue(glyphs[0] > 1000, "the body has text");
            double share = glyphs[1] / (double) glyphs[0];
            assertTrue(share >= 0.95, "only " + Math.round(share * 100) + "% of the body is at 9 pt or more");
        }
    }

    /**
     * One story: every finding of the body carries the same severity and the same date wherever it is printed, in
     * the summary's top three, the break-point table and the findings, and the appendix gives its rule the severity
     * the finding has.
     */
    @Test
    void everySectionGivesEachFindingTheSameSeverityAndDate() {
        for (Pack pack : List.of(example, fifty)) {
            Reading reading = Reading.of(pack.trust().trust(), pack.result());
            String findings = pack.section("Findings");
            String summary = pack.section("Summary for trustees");
            String growth = pack.section("Growth and break points");
            String appendix = pack.markdown().substring(pack.markdown().indexOf("## " + APPENDIX));
            for (FindingGroup group : reading.forTheBoard()) {
                FindingView view = reading.view(group);
                String stated = "**" + view.name() + "** (" + view.severity() + ", " + view.when() + ")";
                assertEquals(1, count(findings, stated), "the findings give " + stated);
                if (summary.contains("**" + view.name() + "**")) {
                    assertTrue(summary.contains(stated), "the summary agrees with the findings on " + stated);
                }
                if (group.rule().isBreakPoint()) {
                    Matcher row = Pattern.compile("\\| " + Pattern.quote(view.name()) + " \\| ([^|]+) \\|")
                            .matcher(growth);
                    assertTrue(row.find(), "the break-point table has " + view.name());
                    assertTrue(
                            row.group(1).strip().equalsIgnoreCase(view.when())
                                    || row.group(1)
                                            .strip()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .startsWith(view.when().toLowerCase(java.util.Locale.ROOT) + ","),
                            view.name() + ": " + row.group(1) + " against " + view.when());
                }
                Matcher reference = Pattern.compile("\\| " + Pattern.quote(view.name()) + "[^|]* \\| " + group.ruleId()
                                + " \\| ([a-z]+) \\|")
                        .matcher(appendix);
                assertTrue(reference.find(), "the appendix names the rule of " + view.name());
                assertEquals(view.severity(), reference.group(1), view.name());
            }
        }
    }

    private static int appendixPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                if (pageText(pdf, page, page).contains(APPENDIX)) {
                    return page;
                }
            }
        }
        throw new AssertionError("no appendix page");
    }

    private static String pageText(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(from);
            text.setEndPage(to);
            return text.getText(document);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.load.LoadedTrust;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.rules.CoherenceCheck;
import org.matreport.support.Format;
import org.matreport.support.SourceVersion;
import org.matreport.text.Words;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The drawn charts: accessible SVG of simple shapes, a table in Markdown, a figure in HTML and a tagged PDF. */
class ChartsTest {

    /** What {@link ChartPainter} can draw; a chart using anything else would print blank in the PDF. */
    private static final Set<String> SHAPES = Set.of("svg", "title", "desc", "rect", "line", "circle", "path", "text");

    /**
     * The charts the test trust draws: a high performer joins ahead, so it has a timeline; one school of the North Hub
     * sits in a third region, so its schools by group and region make three bars of different lengths.
     */
    private static final List<String> NAMES =
            List.of("status", "chain", "spectrum", "consistency", "schools", "timeline");

    /**
     * The charts with a table beside them in the Markdown; the status badge and the spectrum stand beside a sentence
     * that says where the trust stands.
     */
    private static final List<String> WITH_TABLES = List.of("chain", "consistency", "schools", "timeline");

    @TempDir
    Path out;

    private final Packs packs = new Packs();

    /** The test trust with Cassiopeia Infant School in the North East: three bars, far apart. */
    static Trust threeRegions() {
        List<School> schools = new java.util.ArrayList<>(TestTrusts.schools(TestTrusts.WELSH_SCHOOL));
        School moved = schools.get(2);
        schools.set(
                2,
                new School(
                        moved.urn(),
                        moved.name(),
                        moved.phase(),
                        org.matreport.model.Region.NORTH_EAST,
                        moved.localAuthority(),
                        moved.pupils(),
                        moved.joined(),
                        moved.group(),
                        moved.performance(),
                        moved.performanceBasis(),
                        moved.ownApproach()));
        return TestTrusts.northernLights(schools);
    }

    private static PackView view() {
        LoadedTrust trust = TestTrusts.loaded(threeRegions());
        return PackView.of(
                trust,
                new CoherenceCheck().run(trust, Packs.TODAY),
                new PackView.Making(SourceVersion.NONE, Instant.EPOCH, false));
    }

    @Test
    void everyChartIsAnAccessibleImageOfSimpleShapes() throws Exception {
        PackView view = view();
        assertEquals(NAMES, view.charts().stream().map(Chart::name).toList());
        for (Chart chart : view.charts()) {
            Element svg = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(chart.svg().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            assertEquals("img", svg.getAttribute("role"), chart.name());
            assertEquals(
                    "chart-" + chart.name() + "-title chart-" + chart.name() + "-desc",
                    svg.getAttribute("aria-labelledby"),
                    chart.name());
            assertEquals(chart.title(), text(svg, "title"), chart.name());
            assertEquals(chart.description(), text(svg, "desc"), chart.name());
            assertTrue(chart.description().length() > 60, chart.name() + " describes what it shows");
            for (String element : elements(svg)) {
                assertTrue(SHAPES.contains(element), chart.name() + " uses <" + element + ">");
            }
        }
    }

    @Test
    void theDescriptionSaysWhatTheChartShows() {
        PackView view = view();
        String chain = view.chart("chain").orElseThrow().description();
        for (ChainLinkView link : view.summary().chain()) {
            assertTrue(chain.contains(link.name() + ": " + link.statusText()), chain);
        }
        String spectrum = view.chart("spectrum").orElseThrow().description();
        assertTrue(spectrum.contains("the trust's own position: Alignment (Cluster 2)"), spectrum);
    }

    @Test
    void namesFromTheTrustCannotBreakOutOfTheSvg() throws Exception {
        String hostile = "</text><script>alert('x')</script> & \"Co\"";
        Chart chart =
                SchoolsChart.draw(List.of(new SchoolsView.TallyRow(hostile, "", "North West", 1, 120, "1", "120")));
        assertFalse(chart.svg().contains("<script"), chart.svg());
        Element svg = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(chart.svg().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertTrue(svg.getTextContent().contains(Svg.fit(hostile, 34)), "the name is text, whole or shortened");
    }

    @Test
    void aChartThatWouldShowNoDifferenceIsNotDrawnAndASentenceSaysSo() throws Exception {
        List<SchoolsView.TallyRow> equal = List.of(bar("Hub A", 2000), bar("Hub B", 2000), bar("Hub C", 2000));
        assertFalse(SchoolsChart.showsADifference(equal), "bars of one length");
        assertEquals("Every group and region has 2,000 pupils.", SchoolsChart.inWords(equal));
        assertFalse(SchoolsChart.showsADifference(equal.subList(0, 1)), "one bar");
        assertEquals("All the trust's schools are in one group and region.", SchoolsChart.inWords(equal.subList(0, 1)));
        assertFalse(ConsistencyChart.showsADifference(java.util.Map.of()), "no area decided");
    }

    /**
     * The bound: three bars or more, and the shortest at least a quarter shorter than the longest. 1,500 pupils against
     * 2,000 is a quarter less and is drawn; 1,501 is not, and a sentence says the groups are close in size.
     */
    @Test
    void barsAreDrawnWhenTheShortestIsAQuarterShorterThanTheLongest() {
        List<SchoolsView.TallyRow> quarter = List.of(bar("Hub A", 2000), bar("Hub B", 1800), bar("Hub C", 1500));
        assertTrue(SchoolsChart.showsADifference(quarter), "a quarter shorter");

        List<SchoolsView.TallyRow> close = List.of(bar("Hub A", 2000), bar("Hub B", 1800), bar("Hub C", 1501));
        assertFalse(SchoolsChart.showsADifference(close), "less than a quarter shorter");
        assertEquals(
                "The groups and regions are close in size: each has between 1,501 and 2,000 pupils.",
                SchoolsChart.inWords(close));
    }

    /** Two bars, however different, read as easily in a sentence, which names both and says which is larger. */
    @Test
    void twoBarsAreSaidInASentence() {
        List<SchoolsView.TallyRow> apart = List.of(bar("Hub A", 500), bar("Hub B", 2000));
        assertFalse(SchoolsChart.showsADifference(apart), "fewer than three bars");
        assertEquals("Hub B (North West) has 2,000 pupils, Hub A (North West) 500.", SchoolsChart.inWords(apart));

        List<SchoolsView.TallyRow> close = List.of(bar("Hub A", 2359), bar("Hub B", 2433));
        assertEquals(
                "The two are close in size: Hub B (North West) has 2,433 pupils, Hub A (North West) 2,359.",
                SchoolsChart.inWords(close));
    }

    private static SchoolsView.TallyRow bar(String group, long pupils) {
        return new SchoolsView.TallyRow(group, "", "North West", 6, pupils, "6", Words.number(pupils));
    }

    @Test
    void aLabelTooLongForItsColumnIsCutAfterAWholeWord() {
        assertEquals("Harbour View High School", Svg.fit("Harbour View High School", 24), "fits as it is");
        assertEquals("Harbour View…", Svg.fit("Harbour View High School", 15));
        assertEquals("BRK-502 Board…", Svg.fit("BRK-502 Board, represents every school", 20), "no dangling comma");
        assertEquals("Supercalifragi…", Svg.fit("Supercalifragilistic school", 15), "a first word too long is cut");
    }

    @Test
    void svgTextIsEscaped() {
        assertEquals("&lt;script&gt; &amp; &quot;x&quot; &#39;y&#39;", Svg.escape("<script> & \"x\" 'y'"));
    }

    @Test
    void theMarkdownHasAMarkerAndATableForEachChartAndNoHtml() throws Exception {
        String md = packs.text(threeRegions(), out, Format.MARKDOWN);
        for (String name : WITH_TABLES) {
            String marker = "[//]: # \"chart:" + name + "\"\n\n|";
            assertTrue(md.contains(marker), name + ": a marker, then a table with the same facts");
        }
        assertTrue(
                md.contains("[//]: # \"chart:spectrum\"\n\nThe trust stands at the alignment end of the spectrum"),
                "the spectrum: a marker, then the sentence that says where the trust stands");
        assertFalse(Pattern.compile("(?<!\\\\)<[a-zA-Z/!]").matcher(md).find(), "no raw HTML in the Markdown");
    }

    @Test
    void theHtmlHasEachChartAsAFigureWhereItsMarkerWas() throws Exception {
        String html = packs.text(threeRegions(), out, Format.HTML);
        for (String name : NAMES) {
            assertTrue(html.contains("<figure class=\"chart\" id=\"chart-" + name + "\">\n<svg "), name);
        }
        assertFalse(html.contains("chart:"), "no marker is left in the page");
        assertTrue(
                html.indexOf("id=\"chart-chain\"") < html.indexOf(">Link</th>"),
                "the chain is drawn just before its table");
    }

    @Test
    void thePdfTagsEveryChartAsAFigureWithItsDescription() throws Exception {
        Path pdf = packs.write(threeRegions(), out, EnumSet.of(Format.PDF), null, null)
                .get(0);
        List<String> figures = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot(), figures);
        }
        for (Chart chart : view().charts()) {
            assertTrue(
                    figures.contains(chart.title() + ". " + chart.description()),
                    chart.name() + " among the PDF's figures: " + figures);
        }
    }

    @Test
    void thePdfDrawsTheChartsInTheirColours() throws Exception {
        Path pdf = packs.write(threeRegions(), out, EnumSet.of(Format.PDF), null, null)
                .get(0);
        // Okabe-Ito bluish green and blue appear nowhere in the pack but in its charts: the status marks of the
        // chain and the timeline, and the trust's diamond on the spectrum.
        Set<Integer> wanted = Set.of(0x009e73, 0x0072b2);
        Set<Integer> seen = new java.util.HashSet<>();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages() && !seen.containsAll(wanted); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 40);
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int rgb = image.getRGB(x, y) & 0xffffff;
                        if (wanted.contains(rgb)) {
                            seen.add(rgb);
                        }
                    }
                }
            }
        }
        assertEquals(wanted, seen, "the charts' colours are drawn in the PDF");
    }

    @Test
    void thePdfDrawsTheChartsIntoThePageItself() throws Exception {
        // Through a Graphics2D each chart became a form XObject, and the Graphics2D's finalizer kept the whole pack
        // in memory until the next collection: a batch spent a tenth of its time copying finished packs. The test
        // trust has no logo, so a form anywhere in its PDF means a chart went that way again.
        Path pdf = packs.write(threeRegions(), out, EnumSet.of(Format.PDF), null, null)
                .get(0);
        List<String> forms = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDResources resources = document.getPage(i).getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDFormXObject) {
                        forms.add("page " + (i + 1) + " " + name.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), forms);
    }

    @Test
    void thePdfPrintsTheChartsLabelsAsText() throws Exception {
        Path pdf = packs.write(threeRegions(), out, EnumSet.of(Format.PDF), null, null)
                .get(0);
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            text = new PDFTextStripper().getText(document);
        }
        // Both arrows' labels appear only in the spectrum chart, so a search of the PDF finds the chart.
        assertTrue(text.contains("← more autonomy"), text);
        assertTrue(text.contains("more alignment →"), text);
    }

    private static void collectFigures(PDStructureNode node, List<String> figures) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(element.getAlternateDescription());
                }
                collectFigures(element, figures);
            }
        }
    }

    private static String text(Element svg, String name) {
        return svg.getElementsByTagName(name).item(0).getTextContent();
    }

    private static List<String> elements(Node node) {
        List<String> names = new ArrayList<>();
        if (node instanceof Element e) {
            names.add(e.getNodeName());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            names.addAll(elements(child));
        }
        return names;
    }
}

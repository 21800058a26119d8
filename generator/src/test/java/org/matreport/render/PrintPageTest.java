package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.support.Format;

/** The page as the PDF printer gets it, from the built-in layout or from a trust's own. */
class PrintPageTest {

    @TempDir
    Path folder;

    /**
     * Inline SVG as HTML writes it (with or without the SVG namespace, its text alternative in aria-label or a title)
     * is drawn in the PDF as a figure carrying that alternative, as PDF/UA asks.
     */
    @Test
    void inlineSvgBecomesAFigureWithItsTextAlternative() throws Exception {
        String layout = builtInLayout();
        String charts = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\" role=\"img\""
                + " aria-label=\"Red bar chart\"><rect width=\"200\" height=\"40\" fill=\"#aa0000\"/></svg>\n"
                + "<svg width=\"200\" height=\"40\" role=\"img\"><title>Blue timeline</title>"
                + "<rect width=\"200\" height=\"40\" fill=\"#0000aa\"/></svg>\n";
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve(HtmlWriter.TEMPLATE), layout.replace("<main>", "<main>\n" + charts));

        Packs packs = new Packs();
        byte[] pdf = Files.readAllBytes(packs.write(
                        TestTrusts.northernLights(), folder.resolve("pack"), EnumSet.of(Format.PDF), templates, null)
                .get(0));

        assertEquals(List.of(), packs.warnings);
        List<String> figures = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collectFigures(document.getDocumentCatalog().getStructureTreeRoot(), figures);
        }
        assertTrue(figures.contains("Red bar chart"), figures.toString());
        assertTrue(figures.contains("Blue timeline"), figures.toString());
    }

    @Test
    void aLayoutThatIsNotWellFormedIsAClearErrorAndWritesNothing() throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(
                templates.resolve(HtmlWriter.TEMPLATE), builtInLayout().replace("<main>", "<main>\n<p>one<br>two</p>"));
        RenderException e = assertThrows(RenderException.class, () -> new Packs()
                .write(TestTrusts.northernLights(), folder.resolve("pack"), EnumSet.of(Format.PDF), templates, null));
        assertTrue(e.getMessage().contains("not well-formed XHTML at line"), e.getMessage());
        assertTrue(e.getMessage().contains("<br/>"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("pack")), "nothing written");
    }

    private static String builtInLayout() throws IOException {
        try (InputStream in = PrintPageTest.class.getResourceAsStream(Templates.BUILT_IN + "/" + HtmlWriter.TEMPLATE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void collectFigures(PDStructureNode node, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alternatives.add(element.getAlternateDescription());
                }
                collectFigures(element, alternatives);
            }
        }
    }
}

package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page a cold process renders in the background to get the PDF stack loaded. Its failures are swallowed there,
 * so this test is what notices a sample that no longer renders, and so no longer warms anything.
 */
class PdfWarmUpTest {

    @Test
    void theSampleRendersWithTextTableChartAndLogo(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.sample(folder, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Some text and a link."), text);
            assertTrue(text.contains("One Two"), "the list: " + text);
            assertTrue(text.contains("1 2"), "the table: " + text);
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "tagged like a pack");
            var resources = document.getPage(0).getResources();
            int drawings = 0;
            for (var name : resources.getXObjectNames()) {
                drawings++;
            }
            // The logo is drawn into a form of its own; the chart straight onto the page, its label as text.
            assertEquals(1, drawings, "drawings");
            assertTrue(text.contains("Chart"), "the chart's label: " + text);
        }
    }
}

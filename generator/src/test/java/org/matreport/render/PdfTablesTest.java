package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.model.Performance;
import org.matreport.model.Phase;
import org.matreport.model.Region;
import org.matreport.model.School;
import org.matreport.model.Urn;
import org.matreport.support.Format;

/** A trust large enough that its schools table runs over several pages, as a big trust's does. */
class PdfTablesTest {

    static final int SCHOOLS = 90;

    @TempDir
    static Path out;

    private static final List<String> pages = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            // Long names wrap over several lines, so that a row split by a page break would show.
            String name = "St Aidan and St Hilda Church of England Primary Academy number " + (i + 1);
            schools.add(new School(
                    new Urn(200_000 + i),
                    name,
                    Phase.PRIMARY,
                    Region.NORTH_EAST,
                    "Northumberland",
                    7_000 + i,
                    LocalDate.of(2020, 9, 1),
                    "north",
                    Performance.SECURE,
                    List.of(),
                    List.of()));
        }
        byte[] pdf = Files.readAllBytes(new Packs()
                .write(TestTrusts.northernLights(schools), out, EnumSet.of(Format.PDF), null, null)
                .get(0));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void everyPageOfTheSchoolsTableRepeatsItsHeader() {
        int tablePages = 0;
        for (String page : pages) {
            if (page.contains("Academy number")) {
                tablePages++;
                assertTrue(page.contains("School Group Phase Pupils Performance"), "header on " + page);
            }
        }
        assertTrue(tablePages >= 3, "the table spans " + tablePages + " pages");
    }

    @Test
    void noRowIsSplitAcrossPages() {
        for (int i = 0; i < SCHOOLS; i++) {
            // The pupils sit on a row's first line and the name's last words on its last line.
            String urn = org.matreport.text.Words.number(7_000 + i);
            Pattern end = Pattern.compile("Academy number " + (i + 1) + "(?!\\d)");
            List<String> withUrn = pages.stream().filter(p -> p.contains(urn)).toList();
            assertEquals(1, withUrn.size(), urn + " on one page");
            assertTrue(end.matcher(withUrn.get(0)).find(), "row of " + urn + " ends on the page it starts on");
        }
    }
}

package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.model.Profile;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.support.Format;

/**
 * A trust name and a school name that end in a right-to-left override (U+202E), which would print everything after
 * them backwards: the other schools' names in the same table and, from the trust name, the running header on every
 * page. Each must be isolated so that it reorders nothing but itself.
 */
class BidiIsolationTest {

    private static final String OVERRIDE = "\u202E";
    private static final String TRUST = "Northern Lights Academy Trust" + OVERRIDE;
    private static final String FIRST_SCHOOL = "Aurora Primary Academy" + OVERRIDE;

    @TempDir
    static Path out;

    private static final Packs PACKS = new Packs();
    private static final List<String> pages = new ArrayList<>();
    private static String html;

    @BeforeAll
    static void render() throws Exception {
        List<Path> files = PACKS.write(trust(), out, EnumSet.of(Format.HTML, Format.PDF), null, null);
        for (Path file : files) {
            if (file.toString().endsWith(".html")) {
                html = Files.readString(file, StandardCharsets.UTF_8);
            } else if (file.toString().endsWith(".pdf")) {
                try (PDDocument document = Loader.loadPDF(file.toFile())) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    for (int page = 1; page <= document.getNumberOfPages(); page++) {
                        stripper.setStartPage(page);
                        stripper.setEndPage(page);
                        pages.add(stripper.getText(document));
                    }
                }
            }
        }
    }

    @Test
    void theOtherSchoolsInTheTableReadForwards() {
        String all = String.join("\n", pages);
        for (School school : TestTrusts.schools(TestTrusts.WELSH_SCHOOL).subList(1, 6)) {
            assertTrue(all.contains(school.name()), () -> school.name() + " reads forwards in:\n" + all);
        }
    }

    @Test
    void theRunningHeaderReadsForwardsOnEveryPageButTheCover() {
        List<Integer> backwards = new ArrayList<>();
        for (int i = 1; i < pages.size(); i++) {
            if (!pages.get(i).contains("strategy pack 2026/27")) {
                backwards.add(i + 1);
            }
        }
        assertEquals(List.of(), backwards, () -> "pages whose header does not read forwards:\n" + pages);
    }

    @Test
    void theIsolatesPrintNoPlaceholderAndNoWarning() {
        String all = String.join("\n", pages);
        assertTrue(!all.contains("#") && !all.contains("\uFFFD"), () -> "a glyph no font had:\n" + all);
        assertEquals(List.of(), PACKS.warnings);
    }

    @Test
    void theHtmlIsolatesEachNameThatHoldsABidiControl() {
        assertTrue(html.contains("\u2068Aurora Primary Academy" + OVERRIDE), html);
        assertTrue(html.contains("\u2068Northern Lights Academy Trust" + OVERRIDE), html);
        assertTrue(html.contains("\u2069"), html);
    }

    static Trust trust() {
        List<School> schools = new ArrayList<>(TestTrusts.schools(TestTrusts.WELSH_SCHOOL));
        School s = schools.get(0);
        schools.set(
                0,
                new School(
                        s.urn(),
                        FIRST_SCHOOL,
                        s.phase(),
                        s.region(),
                        s.localAuthority(),
                        s.pupils(),
                        s.joined(),
                        s.group(),
                        s.performance(),
                        s.performanceBasis(),
                        s.ownApproach()));
        Trust base = TestTrusts.northernLights(schools);
        Profile p = base.profile();
        return TestTrusts.withProfile(
                base,
                new Profile(TRUST, p.companyNumber(), p.period(), p.boardMeeting(), p.revenue(), p.logo(), p.colour()));
    }
}

package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.model.Profile;
import org.matreport.model.Trust;
import org.matreport.support.Format;

/**
 * A trust whose names need more than ASCII: Welsh circumflexes, Polish letters and an Urdu school name. Each must
 * come back from the PDF's text as written, which proves both that a font drew it and that a reader can copy it.
 */
class PdfLettersTest {

    static final String TRUST = "Ymddiriedolaeth Dŵr a Thŷ Łódź";
    static final String POLISH_SCHOOL = "Szkoła Podstawowa Żółć Gdańsk";
    static final String URDU_SCHOOL = "نئے چاند ہائی اسکول";

    @TempDir
    static Path out;

    private static final Packs PACKS = new Packs();
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws Exception {
        pdf = Files.readAllBytes(
                PACKS.write(trust(), out, EnumSet.of(Format.PDF), null, null).get(0));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void welshAndPolishNamesReadBackAsWritten() {
        assertTrue(text.contains(TRUST), TRUST + " in " + text);
        assertTrue(text.contains(POLISH_SCHOOL), POLISH_SCHOOL + " in " + text);
        assertTrue(text.contains(TestTrusts.WELSH_SCHOOL), TestTrusts.WELSH_SCHOOL + " in " + text);
    }

    @Test
    void urduNameReadsBackInReadingOrder() {
        assertTrue(text.contains(URDU_SCHOOL), URDU_SCHOOL + " in " + text);
    }

    @Test
    void noLetterFallsBackToAPlaceholder() {
        assertFalse(text.contains("#"), "a '#' stands for a glyph no font had: " + text);
        assertFalse(text.contains("\uFFFD"), "replacement character in " + text);
    }

    @Test
    void everyFontUsedIsEmbeddedAndTheArabicFallbackIsAmongThem() throws IOException {
        Set<String> fonts = Packs.embeddedFonts(pdf);
        assertTrue(fonts.contains("DejaVuSans"), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.startsWith("NotoNaskhArabic")), fonts.toString());
    }

    /**
     * Parsed fonts are lent from one document to the next. Packs with and without Arabic letters, rendered in turn
     * on two threads at once, must give the same bytes as the same packs rendered on their own.
     */
    @Test
    void packsRenderedInTurnOnTwoThreadsMatchPacksRenderedAlone() throws Exception {
        byte[] latin = Files.readAllBytes(new Packs()
                .write(TestTrusts.northernLights(), out.resolve("latin"), EnumSet.of(Format.PDF), null, null)
                .get(0));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> packs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Trust trust = i % 2 == 0 ? trust() : TestTrusts.northernLights();
                Path folder = out.resolve("turn-" + i);
                packs.add(threads.submit(() -> Files.readAllBytes(new Packs()
                        .write(trust, folder, EnumSet.of(Format.PDF), null, null)
                        .get(0))));
            }
            for (int i = 0; i < packs.size(); i++) {
                assertArrayEquals(i % 2 == 0 ? pdf : latin, packs.get(i).get(), "pack " + i);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void rendersWithoutWarnings() {
        assertEquals(List.of(), PACKS.warnings);
    }

    static Trust trust() {
        List<org.matreport.model.School> schools = new ArrayList<>(TestTrusts.schools(TestTrusts.WELSH_SCHOOL));
        schools.set(0, renamed(schools.get(0), POLISH_SCHOOL));
        schools.set(1, renamed(schools.get(1), URDU_SCHOOL));
        Trust base = TestTrusts.northernLights(schools);
        Profile p = base.profile();
        Profile profile =
                new Profile(TRUST, p.companyNumber(), p.period(), p.boardMeeting(), p.revenue(), p.logo(), p.colour());
        return TestTrusts.withProfile(base, profile);
    }

    private static org.matreport.model.School renamed(org.matreport.model.School s, String name) {
        return new org.matreport.model.School(
                s.urn(),
                name,
                s.phase(),
                s.region(),
                s.localAuthority(),
                s.pupils(),
                s.joined(),
                s.group(),
                s.performance(),
                s.performanceBasis(),
                s.ownApproach());
    }
}

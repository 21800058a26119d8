package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.model.School;
import org.matreport.support.Format;
import org.matreport.support.GitRepos;

/** The PDF read back with PDFBox: what a trustee would see, and what an archive or a screen reader relies on. */
class PdfPackTest {

    @TempDir
    static Path out;

    private static final Packs PACKS = new Packs();
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = Files.readAllBytes(
                PACKS.write(TestTrusts.northernLights(), out.resolve("first"), EnumSet.of(Format.PDF), null, null)
                        .get(0));
    }

    @Test
    void printsEverySchoolIncludingWelshDiacritics() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (School school : TestTrusts.northernLights().schools()) {
                assertTrue(text.contains(school.name()), school.name() + " in " + text);
            }
            assertTrue(text.contains("Tŷ Ŵyn"), "Welsh circumflexes survive");
            assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()), "page numbers");
            assertTrue(text.contains("Northern Lights Academy Trust · strategy pack 2026/27"), "running header");
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold"), Packs.embeddedFonts(pdf));
    }

    @Test
    void hasAPlausibleNumberOfA4Pages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            // Ten sections, each starting on a new page; the findings and appendix run to several pages.
            assertTrue(pages >= 10 && pages <= 40, pages + " pages");
            PDPage first = document.getPage(0);
            assertEquals(595, Math.round(first.getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(first.getMediaBox().getHeight()), "A4 height in points");
        }
    }

    @Test
    void carriesTitleLanguageAndAccessibilityMarkers() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(
                    "Northern Lights Academy Trust: strategy pack 2026/27",
                    document.getDocumentInformation().getTitle());
            assertEquals(
                    "Northern Lights Academy Trust",
                    document.getDocumentInformation().getAuthor());
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged for PDF/UA");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(
                    xmp.contains("pdfaid:part") && xmp.contains(">3<") || xmp.contains("pdfaid:part=\"3\""),
                    "PDF/A-3 identification in " + xmp);
            assertTrue(xmp.contains("pdfuaid"), "PDF/UA identification in " + xmp);
            assertTrue(xmp.contains("2026-12-10T00:00:00"), "XMP dates pinned to the board meeting: " + xmp);
        }
    }

    @Test
    void theSameTrustGivesTheSameBytes() throws Exception {
        byte[] again = Files.readAllBytes(
                PACKS.write(TestTrusts.northernLights(), out.resolve("second"), EnumSet.of(Format.PDF), null, null)
                        .get(0));
        assertArrayEquals(pdf, again);
    }

    @Test
    void sourceDateEpochMovesTheStampedDate() throws Exception {
        long epoch = 1_780_000_000L; // 28 May 2026
        byte[] stamped = Files.readAllBytes(
                PACKS.write(TestTrusts.northernLights(), out.resolve("epoch"), EnumSet.of(Format.PDF), null, epoch)
                        .get(0));
        assertFalse(java.util.Arrays.equals(pdf, stamped));
        try (PDDocument document = Loader.loadPDF(stamped)) {
            assertEquals(
                    epoch * 1000,
                    document.getDocumentInformation().getCreationDate().getTimeInMillis());
            assertEquals(
                    epoch * 1000,
                    document.getDocumentInformation().getModificationDate().getTimeInMillis());
        }
    }

    @Test
    void withoutSourceDateEpochTheLastCommitToTheTrustFolderIsStamped(@TempDir Path repo) throws Exception {
        assumeTrue(GitRepos.installed(), "git is not installed");
        long committed = 1_765_000_000L; // 6 December 2025
        GitRepos.init(repo);
        var trust = Logos.withPng(repo.resolve("trust"));
        GitRepos.commitAll(repo, committed);
        byte[] first = Files.readAllBytes(PACKS.write(trust, out.resolve("git-1"), EnumSet.of(Format.PDF), null, null)
                .get(0));
        byte[] second = Files.readAllBytes(PACKS.write(trust, out.resolve("git-2"), EnumSet.of(Format.PDF), null, null)
                .get(0));
        assertArrayEquals(first, second, "the same commit gives the same bytes");
        try (PDDocument document = Loader.loadPDF(first)) {
            assertEquals(
                    committed * 1000,
                    document.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void rendersWithoutWarnings() {
        assertEquals(java.util.List.of(), PACKS.warnings);
    }
}

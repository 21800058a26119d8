package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.support.Format;

/** How a trustee finds their way round the PDF: the contents page, the bookmarks, the page each section starts on. */
class PdfNavigationTest {

    @TempDir
    static Path out;

    private static byte[] pdf;
    private static List<String> sections;
    private static Map<String, List<String>> subsections;

    @BeforeAll
    static void render() throws Exception {
        pdf = Files.readAllBytes(new Packs()
                .write(Logos.withPng(out.resolve("trust")), out.resolve("pack"), EnumSet.of(Format.PDF), null, null)
                .get(0));
        String markdown = new Packs().text(TestTrusts.northernLights(), out.resolve("md"), Format.MARKDOWN);
        sections = new ArrayList<>();
        subsections = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^(##|###) (.+)$").matcher(markdown);
        while (m.find()) {
            String title = m.group(2).strip();
            if (m.group(1).equals("##")) {
                sections.add(title);
                subsections.put(title, new ArrayList<>());
            } else {
                subsections.get(sections.get(sections.size() - 1)).add(title);
            }
        }
    }

    @Test
    void everySectionHasABookmarkThatOpensItsFirstPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, Integer> bookmarks = new LinkedHashMap<>();
            PDOutlineItem top =
                    document.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("Northern Lights Academy Trust", top.getTitle(), "the cover comes first");
            for (PDOutlineItem item = top; item != null; item = item.getNextSibling()) {
                bookmarks.put(item.getTitle(), pageOf(document, item));
            }
            for (String section : sections) {
                assertTrue(bookmarks.containsKey(section), section + " in " + bookmarks.keySet());
                int page = bookmarks.get(section);
                String text = pageText(document, page);
                assertTrue(text.contains(section), section + " is printed on page " + page);
            }
        }
    }

    @Test
    void subsectionsAreBookmarkedBeneathTheirSection() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int nested = 0;
            PDOutlineItem top =
                    document.getDocumentCatalog().getDocumentOutline().getFirstChild();
            for (PDOutlineItem item = top; item != null; item = item.getNextSibling()) {
                List<String> children = new ArrayList<>();
                for (PDOutlineItem child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
                    children.add(child.getTitle());
                }
                nested += children.size();
                assertEquals(subsections.getOrDefault(item.getTitle(), List.of()), children, item.getTitle());
            }
            assertTrue(nested > 5, nested + " subsections bookmarked");
        }
    }

    @Test
    void theContentsPageGivesThePageEachSectionStartsOn() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String contents = pageText(document, 2);
            assertTrue(contents.contains("Contents"), contents);
            int listed = 0;
            for (String section : sections) {
                Matcher entry =
                        Pattern.compile(Pattern.quote(section) + "[ .]+(\\d+)").matcher(contents);
                if (!entry.find()) {
                    continue; // the contents heading itself, and any section the list leaves out
                }
                listed++;
                int page = Integer.parseInt(entry.group(1));
                String heading = pageText(document, page).strip();
                assertTrue(heading.contains(section), section + " should start on page " + page);
            }
            assertTrue(listed >= 5, listed + " sections listed with a page number");
        }
    }

    @Test
    void theLogoIsOnTheCover() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage cover = document.getPage(0);
            int images = 0;
            for (var name : cover.getResources().getXObjectNames()) {
                if (cover.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            assertEquals(1, images, "one image, the logo, on the cover");
        }
    }

    private static int pageOf(PDDocument document, PDOutlineItem item) throws IOException {
        PDPage page = item.findDestinationPage(document);
        return document.getPages().indexOf(page) + 1;
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("[ \\t]+", " ");
    }
}

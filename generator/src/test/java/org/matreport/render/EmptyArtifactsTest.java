package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.support.Format;

/** The pages of a real pack, after the artifacts that mark nothing have been taken out. */
class EmptyArtifactsTest {

    private static final Pattern PROPERTY = Pattern.compile("/(Prop\\d+) BDC");

    @TempDir
    static Path out;

    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = Files.readAllBytes(new Packs()
                .write(TestTrusts.northernLights(), out, EnumSet.of(Format.PDF), null, null)
                .get(0));
    }

    @Test
    void noPageKeepsAnArtifactThatMarksNothing() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int artifacts = 0;
            for (PDPage page : document.getPages()) {
                String content = content(page);
                assertFalse(
                        Pattern.compile("/Artifact /Prop\\d+ BDC\\s+EMC")
                                .matcher(content)
                                .find(),
                        "an empty artifact on page " + document.getPages().indexOf(page));
                artifacts += count(content, "/Artifact");
            }
            // The borders and shaded header cells are still marked as artifacts: only the empty ones went.
            assertTrue(artifacts > 0, "no artifacts left at all");
        }
    }

    @Test
    void everyPropertyListNamedOnAPageIsInItsResourcesAndNoOtherIs() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                Set<String> used = new TreeSet<>();
                Matcher named = PROPERTY.matcher(content(page));
                while (named.find()) {
                    used.add(named.group(1));
                }
                Set<String> listed = new TreeSet<>();
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                if (properties != null) {
                    properties.keySet().forEach(key -> listed.add(key.getName()));
                }
                assertEquals(used, listed, "page " + document.getPages().indexOf(page));
            }
        }
    }

    @Test
    void pageContentIsCompressed() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                COSStream stream = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                assertEquals(
                        COSName.FLATE_DECODE,
                        stream.getFilters(),
                        "page " + document.getPages().indexOf(page));
            }
        }
    }

    private static String content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}

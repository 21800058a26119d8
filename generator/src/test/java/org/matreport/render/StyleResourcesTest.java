package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.engine.Engine;
import org.matreport.engine.PackRequest;
import org.matreport.support.Format;

/**
 * A trust's own stylesheet reaches a background picture and a font beside it in the templates folder: both print in
 * the PDF and travel inside the HTML file, which then needs nothing beside it. A reference that leaves the folders,
 * is missing or is not what it claims is left out with a warning naming the template file, and the pack is made.
 */
class StyleResourcesTest {

    /** The heading's own font: a part of DejaVu Sans under a name of its own, so that the PDF shows which it used. */
    private static final String OWN_FONT = "TrustDisplay";

    @TempDir
    Path temp;

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aPictureAndAFontBesideTheStylesheetPrintInThePdfAndTravelInsideTheHtml() throws Exception {
        Path templates = templatesWith(String.join(
                "\n",
                "@font-face { font-family: 'Trust Display'; src: url('fonts/trust-display.ttf'); }",
                "h1 { font-family: 'Trust Display', 'DejaVu Sans'; }",
                ".masthead { background-image: url(images/banner.png); background-repeat: no-repeat; }"));
        Files.createDirectories(templates.resolve("fonts"));
        Files.write(templates.resolve("fonts/trust-display.ttf"), ownFont());
        Files.createDirectories(templates.resolve("images"));
        Files.write(templates.resolve("images/banner.png"), picture(0x2e8b57));

        Path out = generate(templates, EnumSet.of(Format.PDF, Format.HTML));

        assertEquals(List.of(), warnings);
        byte[] pdf = Files.readAllBytes(ConfinedRenderTest.pdfIn(out));
        assertTrue(Packs.embeddedFonts(pdf).contains(OWN_FONT + "DejaVuSans"), () -> "fonts: " + fonts(pdf));
        assertEquals(1, imagesOnFirstPage(pdf), "the banner behind the masthead");

        String html = html(out);
        assertTrue(html.contains("url(\"data:image/png;base64,"), "the banner is inside the page");
        assertTrue(html.contains("url(\"data:font/ttf;base64,"), "the font is inside the page");
        assertFalse(html.contains("banner.png"), "no reference to a file beside the page");
        assertFalse(html.contains("trust-display.ttf"), "no reference to a file beside the page");
        Matcher urls = Pattern.compile("url\\(\"?([^\")]*)").matcher(html);
        while (urls.find()) {
            assertTrue(urls.group(1).startsWith("data:"), "the copied page needs nothing beside it: " + urls.group());
        }
    }

    @Test
    void referencesThatLeaveTheFoldersAreMissingOrAreNotWhatTheyClaimAreLeftOutByName() throws Exception {
        Path templates = templatesWith(String.join(
                "\n",
                "@font-face { font-family: 'Trust Display'; src: url(fonts/notes.ttf); }",
                "h1 { font-family: 'Trust Display'; }",
                "@font-face { font-family: 'Trust Serif'; src: url(fonts/missing.ttf) format('truetype'); }",
                "h2 { font-family: 'Trust Serif'; }",
                "main { background-image: url(../../etc/passwd); }",
                ".masthead { background-image: url(\"images/missing.png\"); }",
                ".colophon { background-image: url(fonts/notes.ttf); }",
                "@font-face { font-family: 'Trust Mono'; src: url(data:font/ttf;base64,AAAA); }",
                "@font-face { font-family: 'Trust Web'; src: url('https://fonts.example.org/web.ttf'); }",
                "h3 { font-family: 'Trust Mono', 'Trust Web'; }"));
        Files.createDirectories(templates.resolve("fonts"));
        Files.writeString(templates.resolve("fonts/notes.ttf"), "not a font at all");

        Path out = generate(templates, EnumSet.of(Format.PDF, Format.HTML));

        String css = templates.resolve("pack.css").toString();
        int first = builtInCss().split("\n", -1).length;
        assertWarned("Stylesheet: not loaded: fonts/notes.ttf (" + css + ":" + first
                + ") is not a TrueType font (.ttf); its text prints in DejaVu Sans instead");
        assertWarned("Stylesheet: not loaded: fonts/missing.ttf (" + css + ":" + (first + 2)
                + ") is missing: there is no such file in fonts in the templates folder; add it or correct the url;"
                + " its text prints in DejaVu Sans instead");
        assertWarned("Stylesheet: not loaded: ../../etc/passwd (" + css + ":" + (first + 4)
                + ") leads outside the templates folder and the trust folder; a stylesheet may use only files"
                + " inside them and data: URIs; the page is shown without it");
        assertWarned("Stylesheet: not loaded: images/missing.png (" + css + ":" + (first + 5) + ") is missing");
        assertWarned("Stylesheet: not loaded: fonts/notes.ttf (" + css + ":" + first
                + ") is not a PNG, JPEG or GIF picture; the page is shown without it");
        assertWarned("Stylesheet: not loaded: data:font/ttf;base64,AAAA (" + css + ":" + (first + 7)
                + ") is not a TrueType font (.ttf); its text prints in DejaVu Sans instead");
        assertWarned("Stylesheet: not loaded: https://fonts.example.org/web.ttf (" + css + ":" + (first + 8)
                + ") is refused: a pack may use only data: URIs and files inside the trust folder or its templates"
                + " folder; its text prints in DejaVu Sans instead");
        assertEquals(7, warnings.size(), "one warning a reference and reason: " + warnings);

        String text = ConfinedRenderTest.pdfText(ConfinedRenderTest.pdfIn(out));
        assertTrue(text.contains("Northern Lights"), "the headings print in the fallback font: " + text);
        assertEquals(
                List.of("DejaVuSans", "DejaVuSans-Bold"),
                List.copyOf(Packs.embeddedFonts(Files.readAllBytes(ConfinedRenderTest.pdfIn(out)))));
        String html = html(out);
        assertFalse(html.contains("passwd"), "the refused reference is not left in the page");
        assertFalse(html.contains("@font-face"), "a font that cannot be carried takes its rule with it");
    }

    private Path templatesWith(String extraCss) throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("pack.css"), builtInCss() + extraCss + "\n");
        return templates;
    }

    private Path generate(Path templates, EnumSet<Format> formats) throws Exception {
        Path trust = TestFiles.copy(TestFiles.resource("trusts/full"), temp.resolve("trust"));
        Path out = temp.resolve("out");
        new Engine(ConfinedRenderTest.recording(warnings))
                .generate(new PackRequest(trust, out, formats, templates, 0L), LocalDate.of(2026, 11, 1));
        return out;
    }

    private void assertWarned(String start) {
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(start)), () -> "no «" + start + "» in " + warnings);
    }

    static String builtInCss() throws IOException {
        try (InputStream in = StyleResourcesTest.class.getResourceAsStream(Templates.BUILT_IN + "/pack.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Latin letters, digits and punctuation of DejaVu Sans, renamed. */
    static byte[] ownFont() throws IOException {
        byte[] dejaVu;
        try (InputStream in =
                StyleResourcesTest.class.getResourceAsStream(Templates.BUILT_IN + "/fonts/DejaVuSans.ttf")) {
            dejaVu = in.readAllBytes();
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(dejaVu))) {
            TTFSubsetter subset = new TTFSubsetter(font);
            subset.setPrefix(OWN_FONT);
            IntStream.rangeClosed(0x20, 0x7e).forEach(subset::add);
            IntStream.rangeClosed(0xa0, 0x17f).forEach(subset::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subset.writeToStream(out);
            return out.toByteArray();
        }
    }

    static byte[] picture(int rgb) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static String html(Path out) throws IOException {
        try (var files = Files.list(out)) {
            return Files.readString(files.filter(f -> f.toString().endsWith(".html"))
                    .findFirst()
                    .orElseThrow());
        }
    }

    private static String fonts(byte[] pdf) {
        try {
            return Packs.embeddedFonts(pdf).toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int imagesOnFirstPage(byte[] pdf) throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                }
            }
        }
        return images;
    }
}

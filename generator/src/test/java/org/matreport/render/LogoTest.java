package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.load.LoadedTrust;
import org.matreport.support.Format;

/** The trust's logo is the one file the pack embeds from the trust folder, so it is handled with care. */
class LogoTest {

    @TempDir
    Path folder;

    @Test
    void anSvgLogoThatLinksElsewhereFetchesNothingAndIsRefusedByName() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String elsewhere = "http://127.0.0.1:" + server.getAddress().getPort() + "/tracker.png";
            LoadedTrust trust = Logos.withSvg(folder.resolve("trust"));
            Files.writeString(
                    folder.resolve("trust/assets/logo.svg"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                            + " width=\"40\" height=\"40\"><image xlink:href=\"" + elsewhere
                            + "\" width=\"40\" height=\"40\"/><rect width=\"10\" height=\"10\"/></svg>",
                    StandardCharsets.UTF_8);
            String message = refusal(trust, EnumSet.of(Format.HTML, Format.PDF));
            assertEquals(0, requests.get(), "requests made while rendering");
            assertEquals(
                    "the logo assets/logo.svg reaches for another file at line 1, column " + (152 + elsewhere.length())
                            + " (xlink:href=\"" + elsewhere + "\"); a logo must carry everything it draws inside"
                            + " itself: save it again with its styles and pictures embedded, or save the logo as a PNG",
                    message);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anSvgLogoIsDrawnOnTheCoverAsVectorArtInItsColours() throws Exception {
        LoadedTrust trust = Logos.withSvg(folder.resolve("trust"));
        Path pdf = new Packs()
                .write(trust, folder.resolve("pack"), EnumSet.of(Format.PDF), null, null)
                .get(0);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            PDResources cover = document.getPage(0).getResources();
            int forms = 0;
            for (COSName name : cover.getXObjectNames()) {
                assertFalse(cover.isImageXObject(name), "an SVG logo is not turned into a bitmap");
                forms++;
            }
            assertEquals(1, forms, "the logo, drawn into one form");
            // The logo's two colours, at the top of the cover where the logo sits.
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            Set<Integer> seen = new HashSet<>();
            for (int y = 0; y < page.getHeight() / 4; y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    seen.add(page.getRGB(x, y) & 0xffffff);
                }
            }
            assertTrue(seen.containsAll(Set.of(0x1d4f91, 0xf2c14e)), "the logo's blue and yellow");
        }
    }

    @Test
    void anSvgLogoThatIsNotWellFormedIsAClearErrorNamingItsLine() throws Exception {
        LoadedTrust trust = Logos.withSvg(folder.resolve("trust"));
        Files.writeString(
                folder.resolve("trust/assets/logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\">\n<rect width=\"10\"",
                StandardCharsets.UTF_8);
        String message = refusal(trust, EnumSet.of(Format.HTML, Format.PDF));
        assertTrue(message.startsWith("the logo assets/logo.svg is not well-formed SVG at line 2"), message);
        assertTrue(message.endsWith("save it again from a drawing program, or save the logo as a PNG"), message);
    }

    @Test
    void anSvgLogoWhoseStyleImportsAFileIsRefusedNamingTheLineNotDrawnHalfway() throws Exception {
        LoadedTrust trust = Logos.withSvg(folder.resolve("trust"));
        Files.writeString(
                folder.resolve("trust/assets/logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\">\n<style>\n"
                        + "  rect { fill: #1d4f91; }\n  @import url(brand.css);\n</style>\n<rect width=\"10\""
                        + " height=\"10\"/></svg>",
                StandardCharsets.UTF_8);
        String message = refusal(trust, EnumSet.of(Format.PDF));
        assertTrue(
                message.startsWith("the logo assets/logo.svg reaches for another file at line 4, column 3"
                        + " (@import url(brand.css);)"),
                message);
    }

    @Test
    void aLogoRemovedSinceTheTrustWasLoadedIsNamedAsMissing() throws Exception {
        LoadedTrust trust = Logos.withSvg(folder.resolve("trust"));
        Files.delete(folder.resolve("trust/assets/logo.svg"));
        assertEquals(
                "the logo assets/logo.svg is missing from the trust folder; add it or correct trust.logo",
                refusal(trust, EnumSet.of(Format.PDF)));
    }

    @Test
    void anSvgLogoThatIsNoSvgSaysWhatItIs() throws Exception {
        LoadedTrust trust = Logos.withSvg(folder.resolve("trust"));
        Files.writeString(folder.resolve("trust/assets/logo.svg"), "<html><body/></html>", StandardCharsets.UTF_8);
        assertEquals(
                "the logo assets/logo.svg is not an SVG picture: its outer element is <html>, not <svg>; save it again"
                        + " as SVG, or save the logo as a PNG",
                refusal(trust, EnumSet.of(Format.PDF)));
    }

    @Test
    void aPngLogoThatIsNoPngIsAClearError() throws Exception {
        LoadedTrust trust = Logos.withPng(folder.resolve("trust"));
        Files.writeString(folder.resolve("trust/assets/logo.png"), "not a picture", StandardCharsets.UTF_8);
        assertEquals(
                "the logo assets/logo.png is not a PNG picture (it lacks the signature every PNG file starts with);"
                        + " save it again as PNG, or save the logo as an SVG",
                refusal(trust, EnumSet.of(Format.HTML)));
    }

    @Test
    void anOversizedLogoIsAClearError() throws Exception {
        LoadedTrust trust = Logos.withPng(folder.resolve("trust"));
        Files.write(folder.resolve("trust/assets/logo.png"), new byte[(int) Logo.MAX_BYTES + 1]);
        RenderException e = assertThrows(RenderException.class, () -> new Packs()
                .write(trust, folder.resolve("pack"), EnumSet.of(Format.HTML), null, null));
        assertTrue(e.getMessage().contains("assets/logo.png"), e.getMessage());
        assertTrue(e.getMessage().contains("smaller"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("pack/northern-lights-academy-trust.html")), "nothing written");
    }

    /** The message the pack is refused with, in the formats given; fails if anything was written. */
    private String refusal(LoadedTrust trust, Set<Format> formats) {
        RenderException e = assertThrows(
                RenderException.class, () -> new Packs().write(trust, folder.resolve("pack"), formats, null, null));
        assertFalse(Files.exists(folder.resolve("pack")), "nothing written");
        return e.getMessage();
    }
}

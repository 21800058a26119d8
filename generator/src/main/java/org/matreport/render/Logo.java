package org.matreport.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.matreport.load.LoadLimits;
import org.matreport.load.LoadedTrust;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The trust's logo as a data: URI, so that the HTML page carries it inside and the PDF printer never opens a file.
 * The loader has already checked that the path stays inside the trust folder.
 */
final class Logo {

    /** A logo is a small picture; a bigger file is a mistake that would bloat every pack. */
    static final long MAX_BYTES = LoadLimits.MAX_ASSET_BYTES;

    /** The eight bytes every PNG file starts with. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Logo() {}

    /** The logo's data: URI, or {@code null} when the trust names none. */
    static String dataUri(LoadedTrust loaded) throws RenderException {
        String logo = loaded.trust().profile().logo();
        if (logo == null) {
            return null;
        }
        Path file = loaded.folder().resolve(logo);
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RenderException(
                        "the logo " + logo + " is larger than " + MAX_BYTES / 1024
                                + " KiB; save a smaller SVG or PNG and point trust.logo at it",
                        null);
            }
            byte[] bytes = Files.readAllBytes(file);
            boolean svg = logo.toLowerCase(Locale.ROOT).endsWith(".svg");
            if (svg) {
                checkSvg(logo, bytes);
            } else if (!Arrays.equals(bytes, 0, Math.min(bytes.length, PNG.length), PNG, 0, PNG.length)) {
                throw new RenderException(
                        "the logo " + logo + " is not a PNG picture (it lacks the signature every PNG file starts"
                                + " with); save it again as PNG, or save the logo as an SVG",
                        null);
            }
            String type = svg ? "image/svg+xml" : "image/png";
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new RenderException("cannot read the logo " + logo + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses an SVG logo that is not well-formed XML with an svg root, naming the place: the PDF printer would
     * otherwise stop with a parser's message that names neither the file nor the fix.
     */
    private static void checkSvg(String logo, byte[] bytes) throws RenderException, IOException {
        Element root;
        try {
            root = PrintPage.parser().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (SAXParseException e) {
            throw new RenderException(
                    "the logo " + logo + " is not well-formed SVG at line " + e.getLineNumber() + ", column "
                            + e.getColumnNumber() + ": " + e.getMessage().replaceFirst("\\.$", "")
                            + "; save it again from a drawing program, or save the logo as a PNG",
                    e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new RenderException("cannot read the logo " + logo + " as SVG: " + e.getMessage(), e);
        }
        if (!"svg".equals(root.getLocalName())) {
            throw new RenderException(
                    "the logo " + logo + " is not an SVG picture: its outer element is <" + root.getTagName()
                            + ">, not <svg>; save it again as SVG, or save the logo as a PNG",
                    null);
        }
    }
}

package org.matreport.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.matreport.text.OneLine;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a logo file holds, judged before anything draws it: a PNG by the signature every PNG starts with, or an SVG
 * that is well-formed XML with an {@code svg} root and reaches for no other file. The pack carries the logo inside
 * the page as a data: URI, so an SVG that imports a stylesheet or links a picture has nothing its links could
 * resolve against: the PDF printer's SVG library stopped on such a logo with a message naming neither the file nor
 * the fix. Both {@code check} and the renderer ask here, so that they agree.
 */
public final class LogoContent {

    /** The eight bytes every PNG file starts with. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** {@code url(...)} in CSS, quoted or not. */
    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern IMPORT = Pattern.compile("@import\\b[^;]*;?", Pattern.CASE_INSENSITIVE);

    private static final String EMBED =
            "; a logo must carry everything it draws inside itself: save it again with its styles and pictures"
                    + " embedded, or save the logo as a PNG";

    private LogoContent() {}

    /**
     * Why the logo cannot be drawn, or empty when it can. The message follows the logo's name: {@code "is not a PNG
     * picture ..."}.
     */
    public record Fault(int line, int column, String message) {}

    /** Judges a logo's bytes; {@code name} is its path in the trust folder, whose ending says SVG or PNG. */
    public static Optional<Fault> fault(String name, byte[] bytes) {
        if (isSvg(name)) {
            return svgFault(bytes);
        }
        if (!Arrays.equals(bytes, 0, Math.min(bytes.length, PNG.length), PNG, 0, PNG.length)) {
            return Optional.of(new Fault(
                    0,
                    0,
                    "is not a PNG picture (it lacks the signature every PNG file starts with); save it again as PNG,"
                            + " or save the logo as an SVG"));
        }
        return Optional.empty();
    }

    /** Whether the logo is read as SVG: by its name, as the page labels it. */
    public static boolean isSvg(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    private static Optional<Fault> svgFault(byte[] bytes) {
        Scan scan = new Scan();
        try {
            XMLReader reader = parserFactory().newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.setContentHandler(scan);
            reader.setErrorHandler(scan);
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (Found found) {
            return Optional.of(found.fault);
        } catch (SAXParseException e) {
            return Optional.of(new Fault(
                    e.getLineNumber(),
                    e.getColumnNumber(),
                    "is not well-formed SVG at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                            + String.valueOf(e.getMessage()).replaceFirst("\\.$", "")
                            + "; save it again from a drawing program, or save the logo as a PNG"));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return Optional.of(new Fault(0, 0, "cannot be read as SVG: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** An XML parser that reads nothing beyond the bytes it is given: no DTD, no external entity. */
    private static SAXParserFactory parserFactory() throws ParserConfigurationException, SAXException {
        // The JDK's own parser, found without searching the class path: the same parser wherever matreport runs,
        // and no lookup on the way of a cold check.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        return factory;
    }

    /** Stops the parse at the first fault. */
    private static final class Found extends SAXException {
        private static final long serialVersionUID = 1L;

        private final transient Fault fault;

        Found(Fault fault) {
            super(fault.message());
            this.fault = fault;
        }
    }

    /** Walks the SVG: its root, every attribute that may name a file, and the text of its style sheets. */
    private static final class Scan extends DefaultHandler {

        private Locator locator;
        private boolean root = true;
        private StringBuilder style;
        private int styleLine;
        private int styleColumn;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (target.equalsIgnoreCase("xml-stylesheet")) {
                throw reaches("<?xml-stylesheet " + data + "?>", line(), column());
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (root) {
                root = false;
                if (!"svg".equals(localName)) {
                    throw new Found(new Fault(
                            line(),
                            column(),
                            "is not an SVG picture: its outer element is <" + qName
                                    + ">, not <svg>; save it again as SVG, or save the logo as a PNG"));
                }
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i);
                String value = attributes.getValue(i);
                // A link the reader may follow (<a href>) is not loaded; every other href is drawn from.
                if (name.equals("href") && !localName.equals("a") && !isInside(value)) {
                    throw reaches(attributes.getQName(i) + "=\"" + value + "\"", line(), column());
                }
                Matcher url = URL.matcher(value);
                while (url.find()) {
                    if (!isInside(url.group(2))) {
                        throw reaches(url.group(), line(), column());
                    }
                }
            }
            if (localName.equals("style")) {
                style = new StringBuilder();
                styleLine = line();
                styleColumn = column();
            }
        }

        @Override
        public void characters(char[] text, int start, int length) {
            if (style != null) {
                style.append(text, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (style == null || !localName.equals("style")) {
                return;
            }
            String css = style.toString();
            style = null;
            Matcher imported = IMPORT.matcher(css);
            if (imported.find()) {
                throw reachesInStyle(css, imported.start(), imported.group());
            }
            Matcher url = URL.matcher(css);
            while (url.find()) {
                if (!isInside(url.group(2))) {
                    throw reachesInStyle(css, url.start(), url.group());
                }
            }
        }

        /** The place of a match in a style sheet, counted from the end of its {@code <style>} tag. */
        private Found reachesInStyle(String css, int at, String what) {
            String before = css.substring(0, at);
            int lastBreak = before.lastIndexOf('\n');
            int lines = (int) before.chars().filter(c -> c == '\n').count();
            int column = lastBreak < 0 ? styleColumn + at : at - lastBreak;
            return reaches(what, styleLine + lines, column);
        }

        private int line() {
            return locator == null ? 0 : locator.getLineNumber();
        }

        private int column() {
            return locator == null ? 0 : locator.getColumnNumber();
        }
    }

    /** A reference inside the logo itself: a fragment of it, or data carried in the reference. */
    private static boolean isInside(String reference) {
        String target = reference.strip();
        return target.startsWith("#") || target.regionMatches(true, 0, "data:", 0, 5);
    }

    private static Found reaches(String what, int line, int column) {
        String shown = OneLine.of(what.strip());
        if (shown.length() > 80) {
            shown = shown.substring(0, 77) + "...";
        }
        return new Found(new Fault(
                line,
                column,
                "reaches for another file at line " + line + ", column " + column + " (" + shown + ")" + EMBED));
    }
}

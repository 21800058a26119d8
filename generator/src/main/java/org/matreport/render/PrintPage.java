package org.matreport.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The PDF printer's copy of the HTML page, with what the printer needs in its own terms rather than HTML's, so that
 * the HTML file itself stays valid HTML5:
 *
 * <ul>
 *   <li>the PDF's outline, made from the page's headings (one bookmark for the cover's title and for every section,
 *       its subsections beneath), which the printer reads from a {@code <bookmarks>} element in the head;
 *   <li>inline SVG in the SVG namespace, which HTML implies but an XML parser does not, or the printer skips it;
 *   <li>for each inline SVG, the alternative text PDF/UA asks for in an {@code alt} attribute, taken from its
 *       {@code aria-label} or its {@code <title>}, where HTML keeps it.
 * </ul>
 */
final class PrintPage {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private PrintPage() {}

    /** Parses the page (well-formed XHTML-compatible HTML, as the layout writes it) for printing. */
    static Document of(String html) throws IOException {
        Document page;
        try {
            page = parser().parse(new InputSource(new StringReader(html)));
        } catch (SAXParseException e) {
            throw new IOException(
                    "the page made by the layout template is not well-formed XHTML at line " + e.getLineNumber()
                            + ", column " + e.getColumnNumber() + " (" + e.getMessage()
                            + "); the PDF printer needs every element closed, such as <br/>",
                    e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("the page made by the layout template cannot be read: " + e.getMessage(), e);
        }
        addOutline(page);
        prepareSvg(page);
        return page;
    }

    private static void addOutline(Document page) {
        Element head = (Element) page.getElementsByTagName("head").item(0);
        Element outline = page.createElement("bookmarks");
        Element section = null;
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element heading = (Element) all.item(i);
            String level = heading.getTagName();
            if (!heading.hasAttribute("id") || !level.matches("h[123]")) {
                continue;
            }
            Element mark = page.createElement("bookmark");
            mark.setAttribute("name", heading.getTextContent().strip());
            mark.setAttribute("href", "#" + heading.getAttribute("id"));
            if (level.equals("h3") && section != null) {
                section.appendChild(mark);
            } else if (!level.equals("h3")) {
                outline.appendChild(mark);
                section = mark;
            }
        }
        if (head != null && outline.hasChildNodes()) {
            head.appendChild(outline);
        }
    }

    private static void prepareSvg(Document page) {
        NodeList found = page.getElementsByTagNameNS("*", "svg");
        List<Element> svgs = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            svgs.add((Element) found.item(i));
        }
        for (Element svg : svgs) {
            Element drawn = SVG_NAMESPACE.equals(svg.getNamespaceURI()) ? svg : intoSvgNamespace(page, svg);
            if (!drawn.hasAttribute("alt")) {
                String label = drawn.getAttribute("aria-label").strip();
                if (label.isEmpty()) {
                    NodeList titles = drawn.getElementsByTagNameNS("*", "title");
                    label = titles.getLength() > 0
                            ? titles.item(0).getTextContent().strip()
                            : "";
                }
                if (!label.isEmpty()) {
                    drawn.setAttribute("alt", label);
                }
            }
        }
    }

    /** Moves an SVG element written without its namespace, and everything in it, into the SVG namespace. */
    private static Element intoSvgNamespace(Document page, Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner && inner.getNamespaceURI() == null) {
                child = intoSvgNamespace(page, inner);
            }
        }
        return (Element) page.renameNode(element, SVG_NAMESPACE, element.getTagName());
    }

    /** An XML parser that reads nothing beyond the text it is given: no DTD, no external entity. */
    static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        // The default handler would print each fault to the console before the exception reports it.
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return builder;
    }
}

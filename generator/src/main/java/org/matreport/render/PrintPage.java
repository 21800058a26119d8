package org.matreport.render;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The PDF printer's copy of the HTML page. It gains the PDF's outline, made from the page's headings (one bookmark
 * for the cover's title and for every section, its subsections beneath), which the printer reads from a
 * {@code <bookmarks>} element in the head: not HTML, so the HTML file itself never carries it.
 */
final class PrintPage {

    private PrintPage() {}

    /** Parses the page (well-formed XHTML-compatible HTML, as the layout writes it) for printing. */
    static Document of(String html) throws IOException {
        Document page;
        try {
            page = parser().parse(new InputSource(new StringReader(html)));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException("the pack's HTML is not well-formed, so it cannot be printed: " + e.getMessage(), e);
        }
        addOutline(page);
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

    /** An XML parser that reads nothing beyond the text it is given: no DTD, no external entity. */
    private static DocumentBuilder parser() throws ParserConfigurationException {
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
        return builder;
    }
}

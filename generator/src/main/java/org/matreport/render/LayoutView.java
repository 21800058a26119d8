package org.matreport.render;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * What {@code layout.html.ftl} prints: the page's metadata as text, escaped by the template, and the body as HTML
 * already made safe by the Markdown renderer, which the template prints as it is. {@code logo} is a data: URI, or
 * {@code null} when the trust has none. {@code forPrinter} marks the copy of the page made for the PDF printer.
 */
public record LayoutView(
        String title,
        String description,
        String author,
        String language,
        String runningHeader,
        String colour,
        String logo,
        String logoDescription,
        String footer,
        TemplateHTMLOutputModel body,
        boolean forPrinter) {}

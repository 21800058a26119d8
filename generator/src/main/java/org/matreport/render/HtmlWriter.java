package org.matreport.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import org.matreport.text.Bidi;

/**
 * Turns the pack's Markdown into one self-contained HTML page: flexmark writes the body, {@code layout.html.ftl}
 * wraps it with the inline CSS. Raw HTML in the Markdown is escaped, so none from the data ever reaches the page; the
 * only markup added is the pack's own charts, at their markers ({@link ChartMarkers}).
 */
final class HtmlWriter {

    static final String TEMPLATE = "layout.html.ftl";

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AccessibleMarkup.create()));
        // GitHub's table rules: a row with too few cells is padded, one with too many is cut.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        // A second fence behind Prose: a link other than https:, mailto: or within the page prints as its words.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(?!https:|mailto:|#).*");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // The PDF renderer parses the page as XML, so void elements are written closed.
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new ChartMarkers())
                .build();
    }

    private final Templates templates;

    HtmlWriter(Templates templates) {
        this.templates = templates;
    }

    /** The HTML file's page, and the PDF printer's copy of it. */
    record Pages(String html, String forPrinter) {}

    /** The pages for this Markdown; {@code logo} is the trust's logo as a data: URI, or {@code null}. */
    Pages write(String markdown, PackView view, String logo) throws RenderException {
        Document document = PARSER.parse(markdown);
        document.set(ChartMarkers.CHARTS, view.charts());
        String body = RENDERER.render(document);
        TemplateHTMLOutputModel markup;
        try {
            markup = HTMLOutputFormat.INSTANCE.fromMarkup(body);
        } catch (TemplateModelException e) {
            throw new RenderException("cannot hand the pack's body to the layout", e);
        }
        return new Pages(
                templates.render(TEMPLATE, layout(view, logo, markup, false)),
                templates.render(TEMPLATE, layout(view, logo, markup, true)));
    }

    private static LayoutView layout(PackView view, String logo, TemplateHTMLOutputModel body, boolean forPrinter) {
        String trustName = Bidi.isolate(view.cover().trustName());
        return new LayoutView(
                view.title(),
                view.description(),
                trustName,
                view.language(),
                view.runningHeader(),
                view.colour(),
                logo,
                "Logo of " + trustName,
                "Made by matreport from " + trustName + "'s strategy files.",
                body,
                forPrinter);
    }
}

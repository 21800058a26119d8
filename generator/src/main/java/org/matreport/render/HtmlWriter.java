package org.matreport.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.List;

/**
 * Turns the pack's Markdown into one self-contained HTML page: flexmark writes the body, {@code layout.html.ftl}
 * wraps it with the inline CSS. Raw HTML in the Markdown is escaped, so none from the data ever reaches the page.
 */
final class HtmlWriter {

    static final String TEMPLATE = "layout.html.ftl";

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
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
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private final Templates templates;

    HtmlWriter(Templates templates) {
        this.templates = templates;
    }

    String write(String markdown, PackView view) throws RenderException {
        String body = RENDERER.render(PARSER.parse(markdown));
        TemplateHTMLOutputModel markup;
        try {
            markup = HTMLOutputFormat.INSTANCE.fromMarkup(body);
        } catch (TemplateModelException e) {
            throw new RenderException("cannot hand the pack's body to the layout", e);
        }
        LayoutView layout = new LayoutView(
                view.title(),
                view.description(),
                view.cover().trustName(),
                view.language(),
                view.runningHeader(),
                view.colour(),
                markup);
        return templates.render(TEMPLATE, layout);
    }
}

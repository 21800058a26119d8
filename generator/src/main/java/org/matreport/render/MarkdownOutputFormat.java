package org.matreport.render;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;
import org.matreport.text.MarkdownEscaper;

/**
 * FreeMarker's output format for Markdown templates ({@code *.md.ftl}). With it every {@code ${value}} is escaped by
 * {@link MarkdownEscaper} unless the value is already Markdown, so a template author cannot forget to escape.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputModel> {

    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {}

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(MarkdownEscaper.escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return MarkdownEscaper.escape(plainTextContent);
    }

    /** Legacy {@code ?html}-style built-ins would escape for the wrong language; they must not pass through. */
    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected MarkdownOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new MarkdownOutputModel(plainTextContent, markupContent);
    }
}

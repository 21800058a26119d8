package org.matreport.render;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of Markdown inside a template, already escaped or written as markup. */
public final class MarkdownOutputModel extends CommonTemplateMarkupOutputModel<MarkdownOutputModel> {

    MarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}

package org.matreport.render;

/** Writes the pack as GitHub-flavoured Markdown from {@code pack.md.ftl} and the section templates it includes. */
final class MarkdownWriter {

    static final String TEMPLATE = "pack.md.ftl";

    private final Templates templates;

    MarkdownWriter(Templates templates) {
        this.templates = templates;
    }

    String write(PackView view) throws RenderException {
        return tidy(templates.render(TEMPLATE, view));
    }

    /** One blank line at most between blocks and one newline at the end, so that diffs of the pack stay calm. */
    private static String tidy(String markdown) {
        String lines =
                markdown.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
        return lines.strip() + "\n";
    }
}

package org.matreport.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.matreport.text.Bidi;
import org.matreport.text.MarkdownEscaper;

/**
 * The Markdown trust staff may write in a free-text field (a vision, a rationale), kept to what is safe to publish:
 * emphasis, strong emphasis and links to {@code https:} or {@code mailto:} addresses. Everything else prints as the
 * text it is: raw HTML and script show as written, images as their alt text, other links as their words, headings,
 * lists and code as plain words in the same paragraph (a numbered item keeps its number). The result is Markdown
 * that stays inside the paragraph, list item or table cell the template put it in.
 *
 * <p>Templates call it as {@code ${prose(vision.statement)}}; a plain {@code ${...}} escapes everything instead.
 */
final class Prose implements TemplateMethodModelEx {

    static final Prose INSTANCE = new Prose();

    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();

    private Prose() {}

    /** The user's text as safe inline Markdown. */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder();
        write(PARSER.parse(text), out);
        return Bidi.isolate(out.toString().strip().replaceAll(" {2,}", " "));
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel text)) {
            throw new TemplateModelException("prose(text) takes one text value");
        }
        return MarkdownOutputFormat.INSTANCE.fromMarkup(markdown(text.getAsString()));
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            out.append(escaped(node.getChars().unescape()));
        } else if (node instanceof Code code) {
            out.append(escaped(code.getText().toString()));
        } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
            String mark = node instanceof Emphasis ? "*" : "**";
            StringBuilder inner = new StringBuilder();
            children(node, inner);
            String words = inner.toString().strip();
            out.append(words.isEmpty() ? "" : mark + words + mark);
        } else if (node instanceof Link link) {
            link(link.getUrl().toString(), node, out);
        } else if (node instanceof AutoLink auto) {
            link(auto.getUrl().toString(), null, out);
        } else if (node instanceof MailLink mail) {
            link("mailto:" + mail.getText(), null, out);
        } else if (node instanceof Image || node instanceof ImageRef) {
            // Only the words: a picture from elsewhere would be fetched by every reader of the page.
            children(node, out);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof ThematicBreak) {
            out.append(' ');
        } else if (node instanceof OrderedListItem item) {
            // The number is the trust's own words, as in a numbered value or a sentence that opens with a year.
            out.append(escaped(item.getOpeningMarker() + " "));
            children(node, out);
            out.append(' ');
        } else if (node instanceof Reference) {
            // A link definition on its own line prints nothing in Markdown; its text stays out here too.
        } else if (node.hasChildren()) {
            children(node, out);
            if (node instanceof Block) {
                out.append(' ');
            }
        } else {
            // Raw HTML, entities, code blocks: the characters exactly as written.
            out.append(escaped(node.getChars().toString())).append(node instanceof Block ? " " : "");
        }
    }

    private static void children(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            write(child, out);
        }
    }

    /** A link survives only to a web page over https or an email address; otherwise its words remain. */
    private static void link(String url, Node words, StringBuilder out) {
        StringBuilder text = new StringBuilder();
        if (words != null) {
            children(words, text);
        } else {
            text.append(escaped(url));
        }
        String label = text.toString().strip();
        if (!isSafe(url)) {
            out.append(label);
            return;
        }
        out.append('[')
                .append(label.isEmpty() ? escaped(url) : label)
                .append("](<")
                .append(encoded(url))
                .append(">)");
    }

    static boolean isSafe(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") && lower.length() > "https://".length())
                || (lower.startsWith("mailto:") && lower.length() > "mailto:".length());
    }

    /** Characters that could end the link or break out of it are percent-encoded; the rest stays readable. */
    private static String encoded(String url) {
        StringBuilder out = new StringBuilder();
        for (byte b : url.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "<>\\`|\"'".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** Escaped like any value, keeping one space at either end so that words beside markup stay apart. */
    private static String escaped(String text) {
        if (text.isBlank()) {
            return text.isEmpty() ? "" : " ";
        }
        String lead = Character.isWhitespace(text.charAt(0)) ? " " : "";
        String tail = Character.isWhitespace(text.charAt(text.length() - 1)) ? " " : "";
        return lead + MarkdownEscaper.escape(text) + tail;
    }
}

package org.matreport.render;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps a heading with what it introduces on the printed page. The printer does not reliably honour "keep with next",
 * so a heading and the short blocks after it (a subsection's heading, the first paragraph and the list it introduces,
 * a chart with the sentence before it) are wrapped in one box that is never split: {@code div.keep}. A heading followed by a table cannot be
 * wrapped with it, since a table may run over pages; its box instead asks for room for the table's first rows
 * ({@code keep-table}, a minimum height in paged.css).
 */
final class KeepTogether extends Block {

    private final String cssClass;

    private KeepTogether(String cssClass) {
        this.cssClass = cssClass;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** Wraps each heading below the title, with what it keeps, in a box of its own. */
    static void wrap(Document document) {
        List<Heading> headings = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() > 1 && !(h.getNext() instanceof BulletList)) {
                headings.add(h);
            }
        }
        for (Heading heading : headings) {
            if (heading.getParent() != document) {
                continue; // already taken into the box of the heading before it
            }
            List<Node> kept = new ArrayList<>();
            Node next = heading.getNext();
            while (next instanceof Heading h && !(h.getNext() instanceof BulletList)) {
                kept.add(next);
                next = next.getNext();
            }
            if (next instanceof Paragraph && !ChartMarkers.isMarker(next)) {
                kept.add(next);
                next = next.getNext();
                if (next instanceof ListBlock) {
                    // A paragraph that introduces a list (a finding's title before its details) keeps it.
                    kept.add(next);
                    next = next.getNext();
                }
            }
            if (ChartMarkers.isMarker(next)) {
                kept.add(next);
                next = next.getNext();
            }
            KeepTogether box = new KeepTogether(next instanceof TableBlock ? "keep keep-table" : "keep");
            heading.insertBefore(box);
            box.appendChild(heading);
            kept.forEach(box::appendChild);
        }
    }

    /** Writes the box around what it keeps. */
    static NodeRenderer renderer() {
        return () -> Set.of(new NodeRenderingHandler<>(KeepTogether.class, (box, context, html) -> {
            html.line().raw("<div class=\"" + box.cssClass + "\">").line();
            context.renderChildren(box);
            html.line().raw("</div>").line();
        }));
    }
}

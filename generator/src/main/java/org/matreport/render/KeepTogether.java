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
 * a chart with the sentence before it) are wrapped in one box that is never split: {@code div.keep}. A heading followed by
 * a table or a list cannot be wrapped with it, since a table or a list may run over pages; its box instead stays on the
 * page of the first rows or items ({@code keep-table}, {@code keep-list}: no page break after it, in pack.css).
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
            if (n instanceof Heading h && h.getLevel() > 1 && !isContents(h)) {
                headings.add(h);
            }
        }
        for (Heading heading : headings) {
            if (heading.getParent() != document) {
                continue; // already taken into the box of the heading before it
            }
            List<Node> kept = new ArrayList<>();
            Node next = heading.getNext();
            while (next instanceof Heading h && !isContents(h)) {
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
            KeepTogether box = new KeepTogether(
                    next instanceof TableBlock
                            ? "keep keep-table"
                            : next instanceof ListBlock ? "keep keep-list" : "keep");
            heading.insertBefore(box);
            box.appendChild(heading);
            kept.forEach(box::appendChild);
        }
    }

    /**
     * The contents heading and its list of links stay out of the boxes: the page's navigation landmark opens with the
     * heading and closes after the list ({@link AccessibleMarkup}), and the stylesheet keeps the two together itself.
     */
    private static boolean isContents(Heading heading) {
        return heading.getText().toString().equals("Contents") && heading.getNext() instanceof BulletList;
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

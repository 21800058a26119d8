package org.matreport.render;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What plain Markdown cannot say and a screen reader or a phone needs: header cells name the column they head, the
 * contents list is a navigation landmark, and every table sits in a box that scrolls sideways on a narrow screen
 * instead of widening the page. Body cells say how wide their column needs to be ({@link ColumnWidth}).
 */
final class AccessibleMarkup implements HtmlRenderer.HtmlRendererExtension {

    /** The anchor of the pack's contents heading, which pack.md.ftl writes as {@code ## Contents}. */
    static final String CONTENTS = "contents";

    static AccessibleMarkup create() {
        return new AccessibleMarkup();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                // One page's tables: each body's column widths are judged once.
                Map<TableBody, ColumnWidth[]> widths = new IdentityHashMap<>();
                return (node, part, attributes) -> {
                    if (node instanceof TableCell cell && cell.isHeader()) {
                        attributes.addValue("scope", "col");
                    } else if (node instanceof Paragraph && introduces(node.getNext())) {
                        // The sentence that introduces a chart or a list is printed on the same page as it.
                        attributes.addValue("class", "lead-in");
                    } else if (node instanceof TableCell cell) {
                        String width = ColumnWidth.of(cell, widths).cssClass();
                        if (width != null) {
                            attributes.addValue("class", width);
                        }
                        if (ColumnWidth.holdsLongWord(cell)) {
                            attributes.addValue("class", ColumnWidth.LONG_WORD);
                        }
                    }
                };
            }
        });
        builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
                new NodeRenderingHandler<>(Heading.class, (heading, context, html) -> {
                    if (isContents(heading, context.getNodeId(heading))) {
                        html.line().raw("<nav class=\"contents\" aria-labelledby=\"" + CONTENTS + "\">");
                    }
                    context.delegateRender();
                }),
                new NodeRenderingHandler<>(BulletList.class, (list, context, html) -> {
                    context.delegateRender();
                    Node before = list.getPrevious();
                    if (before instanceof Heading heading && isContents(heading, context.getNodeId(heading))) {
                        html.line().raw("</nav>").line();
                    }
                }),
                new NodeRenderingHandler<>(TableBlock.class, (table, context, html) -> {
                    html.line().raw("<div class=\"table\">");
                    context.delegateRender();
                    html.line().raw("</div>").line();
                })));
    }

    private static boolean introduces(Node next) {
        return ChartMarkers.isMarker(next) || next instanceof ListBlock;
    }

    /** The contents heading is only a landmark when a list of links follows it; otherwise no nav is opened. */
    private static boolean isContents(Heading heading, String id) {
        return CONTENTS.equals(id) && heading.getNext() instanceof BulletList;
    }
}

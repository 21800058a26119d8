package org.matreport.render;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.List;
import java.util.Set;

/**
 * Turns a chart marker in the pack's Markdown into the chart's SVG figure in the HTML. The marker is a link reference
 * definition, {@code [//]: # "chart:spectrum"}, which GitHub and other Markdown viewers print as nothing, so the
 * Markdown stays free of raw HTML and shows the chart's table instead. Any other reference definition still prints as
 * nothing, and so does a marker naming a chart the pack does not have.
 */
final class ChartMarkers implements NodeRenderer {

    /** The charts of the pack being rendered, set on the parsed document. */
    static final DataKey<List<Chart>> CHARTS = new DataKey<>("MATREPORT_CHARTS", List.<Chart>of());

    static final String LABEL = "//";
    static final String PREFIX = "chart:";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Reference.class, ChartMarkers::render));
    }

    /** True for a chart marker, whichever chart it names. */
    static boolean isMarker(Node node) {
        return node instanceof Reference reference
                && reference.getReference().toString().equals(LABEL)
                && reference.getTitle().toString().startsWith(PREFIX);
    }

    private static void render(Reference node, NodeRendererContext context, HtmlWriter html) {
        if (!isMarker(node)) {
            return;
        }
        String name = node.getTitle().toString().substring(PREFIX.length());
        CHARTS.get(context.getDocument()).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .ifPresent(chart -> html.raw(chart.figure()));
    }
}

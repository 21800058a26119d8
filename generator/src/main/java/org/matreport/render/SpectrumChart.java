package org.matreport.render;

import java.util.List;
import org.matreport.model.Cluster;

/**
 * The autonomy to alignment spectrum: the research's two clusters at its ends (Cluster 1, autonomy, on the left;
 * Cluster 2, alignment, on the right) and a diamond on the trust's own position. A mixed trust's diamond sits between
 * the ends, labelled as the trust's own choice; no third cluster is drawn, as the research describes none there.
 */
final class SpectrumChart {

    static final String NAME = "spectrum";

    private static final int WIDTH = 640;
    private static final int HEIGHT = 104;
    private static final int LEFT = 80;
    private static final int RIGHT = 560;
    private static final int AXIS = 48;

    private SpectrumChart() {}

    static Chart draw(Cluster cluster, List<StrategyView.SpectrumPoint> points) {
        String title = "Where the trust stands on the autonomy to alignment spectrum";
        String here = points.stream()
                .filter(p -> !p.mark().isEmpty())
                .map(StrategyView.SpectrumPoint::name)
                .findFirst()
                .orElse("");
        String description = "A scale from " + StrategyView.AUTONOMY + " at the left end to " + StrategyView.ALIGNMENT
                + " at the right end. A diamond marks the trust's own position: " + here + ".";
        Svg svg = new Svg("chart-" + NAME, WIDTH, HEIGHT, title, description);
        svg.line(LEFT, AXIS, RIGHT, AXIS, Svg.INK, 2, false);
        end(svg, LEFT, StrategyView.AUTONOMY, cluster == Cluster.AUTONOMY);
        end(svg, RIGHT, StrategyView.ALIGNMENT, cluster == Cluster.ALIGNMENT);
        if (cluster == Cluster.MIXED) {
            double x = (LEFT + RIGHT) / 2.0;
            svg.diamond(x, AXIS, 11, "#0072b2");
            svg.text(x, AXIS - 20, "This trust", 11, "middle", true, Svg.INK);
            svg.text(x, AXIS + 26, "mixed: its own choice, not a cluster", 11, "middle", true, Svg.INK);
        }
        svg.text(0, AXIS + 46, "← more autonomy", 10, "start", false, Svg.GREY);
        svg.text(WIDTH, AXIS + 46, "more alignment →", 10, "end", false, Svg.GREY);
        return new Chart(NAME, title, description, svg.close());
    }

    /** One end of the scale: a tick, the cluster's name, and the diamond when the trust stands there. */
    private static void end(Svg svg, double x, String name, boolean here) {
        svg.line(x, AXIS - 7, x, AXIS + 7, Svg.INK, 2, false);
        svg.text(x, AXIS + 26, name, 11, "middle", here, Svg.INK);
        if (here) {
            svg.diamond(x, AXIS, 11, "#0072b2");
            svg.text(x, AXIS - 20, "This trust", 11, "middle", true, Svg.INK);
        }
    }
}

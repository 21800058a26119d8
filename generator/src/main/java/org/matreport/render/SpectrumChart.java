package org.matreport.render;

import java.util.List;
import org.matreport.model.Cluster;

/**
 * The autonomy to alignment spectrum as a scale with three points (Cluster 1 at the autonomy end, Cluster 3 between,
 * Cluster 2 at the alignment end) and a diamond on the trust's own point.
 */
final class SpectrumChart {

    static final String NAME = "spectrum";

    private static final int WIDTH = 640;
    private static final int HEIGHT = 104;
    private static final int LEFT = 80;
    private static final int RIGHT = 560;
    private static final int AXIS = 48;

    private SpectrumChart() {}

    /** The points from left to right, in the order of the scale. */
    private static final List<Cluster> ORDER = List.of(Cluster.AUTONOMY, Cluster.MIXED, Cluster.ALIGNMENT);

    static Chart draw(Cluster cluster, List<StrategyView.SpectrumPoint> points) {
        String title = "Where the trust stands on the autonomy to alignment spectrum";
        String description = "A scale from autonomy on the left to alignment on the right, with three points: "
                + points.get(0).name() + ", " + points.get(1).name() + " and "
                + points.get(2).name()
                + ". A diamond marks the trust's own position: "
                + points.get(ORDER.indexOf(cluster)).name() + ".";
        Svg svg = new Svg("chart-" + NAME, WIDTH, HEIGHT, title, description);
        svg.line(LEFT, AXIS, RIGHT, AXIS, Svg.INK, 2, false);
        for (int i = 0; i < ORDER.size(); i++) {
            double x = LEFT + i * (RIGHT - LEFT) / 2.0;
            boolean here = ORDER.get(i) == cluster;
            svg.line(x, AXIS - 7, x, AXIS + 7, Svg.INK, 2, false);
            svg.text(x, AXIS + 26, points.get(i).name(), 12, "middle", here, Svg.INK);
            if (here) {
                svg.diamond(x, AXIS, 11, "#0072b2");
                svg.text(x, AXIS - 20, "This trust", 12, "middle", true, Svg.INK);
            }
        }
        svg.text(0, AXIS + 46, "← more autonomy", 12, "start", false, Svg.GREY);
        svg.text(WIDTH, AXIS + 46, "more alignment →", 12, "end", false, Svg.GREY);
        return new Chart(NAME, title, description, svg.close());
    }
}

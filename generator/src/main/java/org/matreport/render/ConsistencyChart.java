package org.matreport.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matreport.model.Area;
import org.matreport.model.AreaPlan;
import org.matreport.model.Consistency;
import org.matreport.text.Words;

/**
 * Current against target consistency, area by area, on the scale school-led, partly, shared principles, common: a
 * circle where the schools stand today, a diamond where the trust wants them, a bar for the distance between.
 */
final class ConsistencyChart {

    static final String NAME = "consistency";

    private static final int WIDTH = 640;
    private static final int LABELS = 190;
    private static final int COLUMN = 110;
    private static final int TOP = 34;
    private static final int ROW = 24;
    private static final String CURRENT = "#0072b2";
    private static final String TARGET = "#e69f00";

    private ConsistencyChart() {}

    static Chart draw(Map<Area, AreaPlan> plans) {
        Consistency[] levels = Consistency.values();
        int height = TOP + Area.values().length * ROW + 34;
        List<String> said = new ArrayList<>();
        for (Area area : Area.values()) {
            AreaPlan plan = plans.get(area);
            said.add(Words.capitalised(Words.area(area)) + ": "
                    + (plan == null || plan.current() == null
                            ? Words.NOT_DECIDED
                            : "today " + Words.label(plan.current()) + ", target " + Words.label(plan.target()) + ", "
                                    + StrategyView.gap(plan)));
        }
        String title = "Consistency today and the target, area by area";
        String description = "For each area, a circle marks how consistent the schools are today and a diamond the"
                + " consistency the trust wants, on a scale from school-led through partly and shared principles to"
                + " common. " + String.join(". ", said) + ".";
        Svg svg = new Svg("chart-" + NAME, WIDTH, height, title, description);
        for (int k = 0; k < levels.length; k++) {
            double x = centre(k);
            svg.text(x, TOP - 14, Words.capitalised(Words.label(levels[k])), 10, "middle", true, Svg.INK);
            svg.line(x, TOP - 6, x, TOP + Area.values().length * ROW - 4, Svg.RULE, 1, true);
        }
        int row = 0;
        for (Area area : Area.values()) {
            double y = TOP + row * ROW + ROW / 2.0;
            svg.text(0, y + 4, Words.capitalised(Words.area(area)), 10.5, "start", false, Svg.INK);
            AreaPlan plan = plans.get(area);
            if (plan == null || plan.current() == null || plan.target() == null) {
                svg.text(centre(0) - 10, y + 4, "not decided", 10, "start", false, Svg.GREY);
            } else {
                double from = centre(plan.current().ordinal());
                double to = centre(plan.target().level().ordinal());
                if (from != to) {
                    svg.rect(Math.min(from, to), y - 2.5, Math.abs(to - from), 5, Svg.RULE, null, 0);
                }
                svg.diamond(to, y, 8.5, TARGET);
                svg.circle(from, y, 5, CURRENT, Svg.INK, 1);
            }
            row++;
        }
        double legend = TOP + Area.values().length * ROW + 20;
        svg.circle(LABELS + 6, legend - 4, 5, CURRENT, Svg.INK, 1);
        svg.text(LABELS + 16, legend, "today", 10, "start", false, Svg.INK);
        svg.diamond(LABELS + 76, legend - 4, 7, TARGET);
        svg.text(LABELS + 88, legend, "target", 10, "start", false, Svg.INK);
        return new Chart(NAME, title, description, svg.close());
    }

    private static double centre(int level) {
        return LABELS + level * COLUMN + COLUMN / 2.0;
    }
}

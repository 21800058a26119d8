package org.matreport.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.matreport.text.Words;

/**
 * Each break point on a timeline whose columns are now, each date on the growth plan or the policy register, and "not
 * reached": a square where it is reached now, a triangle on the date it arrives, a circle where the plan never reaches
 * it. Below them, each policy change the board expects, a grey diamond on the date it takes effect.
 */
final class TimelineChart {

    static final String NAME = "timeline";

    private static final int WIDTH = 640;
    private static final int LABELS = 262;
    private static final int TOP = 40;
    private static final int ROW = 20;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private TimelineChart() {}

    static Chart draw(List<BreakPointView> points, List<LocalDate> growthDates, List<GrowthView.PolicyRow> policy) {
        TreeSet<LocalDate> onPlan = new TreeSet<>(growthDates);
        policy.stream().filter(p -> !p.inEffect()).forEach(p -> onPlan.add(p.date()));
        // A break point may arrive on a date of its own, such as a policy change's.
        points.stream().filter(p -> p.state() == BreakPointView.State.AHEAD).forEach(p -> onPlan.add(p.date()));
        List<LocalDate> dates = new ArrayList<>(onPlan);
        int columns = dates.size() + 2;
        double column = (WIDTH - LABELS) / (double) columns;
        int rows = points.size() + policy.size();
        int height = TOP + rows * ROW + 30;
        String title = "Break points on the growth timeline";
        List<String> said = new ArrayList<>();
        for (BreakPointView p : points) {
            said.add(p.rule() + " " + p.name() + ": " + p.stateText());
        }
        String description = "Each break point of the catalogue on a timeline running from now through "
                + (dates.isEmpty()
                        ? "no growth dates"
                        : "the growth dates "
                                + String.join(
                                        ", ", dates.stream().map(Words::date).toList()))
                + " to not reached. " + String.join(". ", said) + "."
                + (policy.isEmpty() ? "" : " Policy changes expected: " + String.join(". ", policyWords(policy)) + ".");
        Svg svg = new Svg("chart-" + NAME, WIDTH, height, title, description);
        List<String> headings = new ArrayList<>();
        headings.add("Now");
        dates.forEach(d -> headings.add(SHORT.format(d)));
        headings.add("Not reached");
        for (int c = 0; c < columns; c++) {
            double x = LABELS + c * column + column / 2;
            svg.text(x, TOP - 16, headings.get(c), 10, "middle", true, Svg.INK);
            svg.line(x, TOP - 8, x, TOP + rows * ROW, Svg.RULE, 1, true);
        }
        svg.line(LABELS, TOP - 4, WIDTH, TOP - 4, Svg.INK, 1, false);
        for (int r = 0; r < points.size(); r++) {
            BreakPointView p = points.get(r);
            double y = TOP + r * ROW + ROW / 2.0;
            svg.text(0, y + 4, Svg.fit(p.rule() + " " + p.name(), 44), 9.5, "start", false, Svg.INK);
            switch (p.state()) {
                case NOW -> svg.mark(Status.RED, centre(0, column), y, 6);
                case AHEAD -> svg.mark(Status.AMBER, centre(1 + dates.indexOf(p.date()), column), y, 6);
                case NOT_REACHED -> svg.mark(Status.GREEN, centre(columns - 1, column), y, 5);
                case NOT_CHECKED ->
                    svg.text(centre(columns - 1, column), y + 4, "not checked", 9, "middle", false, Svg.GREY);
            }
        }
        for (int r = 0; r < policy.size(); r++) {
            GrowthView.PolicyRow p = policy.get(r);
            double y = TOP + (points.size() + r) * ROW + ROW / 2.0;
            svg.text(0, y + 4, Svg.fit("Policy: " + p.title(), 44), 9.5, "start", false, Svg.GREY);
            svg.diamond(centre(p.inEffect() ? 0 : 1 + dates.indexOf(p.date()), column), y, 6, Svg.GREY);
        }
        double legend = TOP + rows * ROW + 20;
        svg.mark(Status.RED, LABELS + 6, legend - 4, 5);
        svg.text(LABELS + 16, legend, "reached now", 10, "start", false, Svg.INK);
        svg.mark(Status.AMBER, LABELS + 106, legend - 4, 5);
        svg.text(LABELS + 116, legend, "ahead", 10, "start", false, Svg.INK);
        svg.mark(Status.GREEN, LABELS + 176, legend - 4, 5);
        svg.text(LABELS + 186, legend, "not reached", 10, "start", false, Svg.INK);
        return new Chart(NAME, title, description, svg.close());
    }

    /** A policy change as the chart's description reads it: when, who owns it, whether it was assessed. */
    private static List<String> policyWords(List<GrowthView.PolicyRow> policy) {
        return policy.stream()
                .map(p -> p.title() + ", " + (p.inEffect() ? "in effect since " : "takes effect ") + p.effective()
                        + ", owner " + p.owner() + ", assessed " + p.assessed())
                .toList();
    }

    private static double centre(int c, double column) {
        return LABELS + c * column + column / 2;
    }
}

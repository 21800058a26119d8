package org.matreport.render;

import java.util.List;
import java.util.stream.Collectors;
import org.matreport.text.Words;

/** The trust's schools by group and region, one bar for each, its length the pupils on roll. */
final class SchoolsChart {

    static final String NAME = "schools";

    private static final int WIDTH = 640;
    private static final int LABELS = 260;
    private static final int ROW = 32;
    private static final int TOP = 6;
    /** Okabe–Ito blue: the sky blue beside it fails the 3:1 contrast a graphic needs on white. */
    private static final String BAR = "#0072b2";

    private SchoolsChart() {}

    /** Fewer bars than this are said better in a sentence: two figures read as easily as two bars. */
    static final int FEWEST_BARS = 3;

    /**
     * Whether the bars show a difference worth drawing: at least {@link #FEWEST_BARS} of them, and the shortest at
     * least a quarter shorter than the longest. Bars closer than that look alike, and a sentence says so better.
     */
    static boolean showsADifference(List<SchoolsView.TallyRow> rows) {
        if (rows.size() < FEWEST_BARS) {
            return false;
        }
        long most = most(rows);
        long least =
                rows.stream().mapToLong(SchoolsView.TallyRow::pupilCount).min().orElse(0);
        return (most - least) * 4 >= most && most > 0;
    }

    /** What the chart would show, in one sentence, for a pack that does not draw it. */
    static String inWords(List<SchoolsView.TallyRow> rows) {
        if (rows.size() <= 1) {
            return "All the trust's schools are in one group and region.";
        }
        long most = most(rows);
        long least =
                rows.stream().mapToLong(SchoolsView.TallyRow::pupilCount).min().orElse(0);
        if (most == least) {
            return "Every group and region has " + Words.plural(most, "pupil", "pupils") + ".";
        }
        boolean close = (most - least) * 4 < most;
        if (rows.size() == 2) {
            SchoolsView.TallyRow larger =
                    rows.get(0).pupilCount() >= rows.get(1).pupilCount() ? rows.get(0) : rows.get(1);
            SchoolsView.TallyRow smaller = larger == rows.get(0) ? rows.get(1) : rows.get(0);
            return (close ? "The two are close in size: " : "") + place(larger) + " has "
                    + Words.plural(larger.pupilCount(), "pupil", "pupils") + ", " + place(smaller) + " "
                    + Words.number(smaller.pupilCount()) + ".";
        }
        if (showsADifference(rows)) {
            return "The groups and regions differ in size, from " + Words.number(least) + " to "
                    + Words.plural(most, "pupil", "pupils") + ".";
        }
        return "The groups and regions are close in size: each has between " + Words.number(least) + " and "
                + Words.plural(most, "pupil", "pupils") + ".";
    }

    /** A bar's group and region in words: {@code West Pennine Hub (North West)}. */
    private static String place(SchoolsView.TallyRow row) {
        return row.group() + " (" + row.region() + ")";
    }

    private static long most(List<SchoolsView.TallyRow> rows) {
        return rows.stream().mapToLong(SchoolsView.TallyRow::pupilCount).max().orElse(0);
    }

    static Chart draw(List<SchoolsView.TallyRow> rows) {
        long most = most(rows);
        int height = TOP + rows.size() * ROW + 6;
        String title = "Schools and pupils by group and region";
        String description = "One bar for each group and region, its length the pupils on roll. "
                + rows.stream()
                        .map(r -> r.group() + ", " + r.region() + ": "
                                + Words.plural(r.schoolCount(), "school", "schools") + ", "
                                + Words.plural(r.pupilCount(), "pupil", "pupils"))
                        .collect(Collectors.joining(". "))
                + ".";
        Svg svg = new Svg("chart-" + NAME, WIDTH, height, title, description);
        double room = WIDTH - LABELS - 170;
        for (int i = 0; i < rows.size(); i++) {
            SchoolsView.TallyRow row = rows.get(i);
            double y = TOP + i * ROW;
            svg.text(0, y + 13, Svg.fit(row.group(), 34), 12, "start", true, Svg.INK);
            svg.text(0, y + 27, Svg.fit(row.region(), 34), 12, "start", false, Svg.INK);
            double length = most == 0 ? 0 : Math.max(2, room * row.pupilCount() / most);
            svg.rect(LABELS, y + 6, length, 18, BAR, Svg.INK, 1);
            svg.text(
                    LABELS + length + 6,
                    y + 20,
                    Words.plural(row.schoolCount(), "school", "schools") + ", "
                            + Words.plural(row.pupilCount(), "pupil", "pupils"),
                    12,
                    "start",
                    false,
                    Svg.INK);
        }
        return new Chart(NAME, title, description, svg.close());
    }
}

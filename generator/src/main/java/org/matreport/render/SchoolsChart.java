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

    /** Whether bars would differ: one bar, or bars all of one length, say nothing a sentence cannot. */
    static boolean showsADifference(List<SchoolsView.TallyRow> rows) {
        return rows.stream().map(SchoolsView.TallyRow::pupilCount).distinct().count() > 1;
    }

    static Chart draw(List<SchoolsView.TallyRow> rows) {
        long most =
                rows.stream().mapToLong(SchoolsView.TallyRow::pupilCount).max().orElse(0);
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

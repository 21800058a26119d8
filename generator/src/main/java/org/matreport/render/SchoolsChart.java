package org.matreport.render;

import java.util.List;
import java.util.stream.Collectors;
import org.matreport.text.Words;

/** The trust's schools by group and region, one bar for each, its length the pupils on roll. */
final class SchoolsChart {

    static final String NAME = "schools";

    private static final int WIDTH = 640;
    private static final int LABELS = 260;
    private static final int ROW = 26;
    private static final int TOP = 6;
    private static final String BAR = "#56b4e9";

    private SchoolsChart() {}

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
        double room = WIDTH - LABELS - 130;
        for (int i = 0; i < rows.size(); i++) {
            SchoolsView.TallyRow row = rows.get(i);
            double y = TOP + i * ROW;
            svg.text(0, y + 11, Svg.fit(row.group(), 40), 10, "start", true, Svg.INK);
            svg.text(0, y + 23, Svg.fit(row.region(), 40), 10, "start", false, Svg.INK);
            double length = most == 0 ? 0 : Math.max(2, room * row.pupilCount() / most);
            svg.rect(LABELS, y + 4, length, 16, BAR, Svg.INK, 1);
            svg.text(
                    LABELS + length + 6,
                    y + 16,
                    Words.plural(row.schoolCount(), "school", "schools") + ", "
                            + Words.plural(row.pupilCount(), "pupil", "pupils"),
                    10,
                    "start",
                    false,
                    Svg.INK);
        }
        return new Chart(NAME, title, description, svg.close());
    }
}

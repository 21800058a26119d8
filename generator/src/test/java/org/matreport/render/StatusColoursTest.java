package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Graphics must stand 3:1 against white (WCAG 2.1, 1.4.11): every status colour and every chart's fill. */
class StatusColoursTest {

    @Test
    void everyStatusColourStandsThreeToOneOnWhite() {
        for (Status status : Status.values()) {
            double ratio = contrast(status.colour());
            assertTrue(ratio >= 3.0, status + " " + status.colour() + " stands " + ratio + ":1");
        }
    }

    @Test
    void everyColourTheChartsFillWithStandsThreeToOneOnWhite() {
        PackView view = PackView.of(
                TestTrusts.loaded(TestTrusts.northernLights()),
                MadeFindings.result(MadeFindings.ahead(
                        "BRK-501", org.matreport.model.Severity.WARNING, java.time.LocalDate.of(2027, 9, 1))),
                new PackView.Making(org.matreport.support.SourceVersion.NONE, java.time.Instant.EPOCH, false));
        List<String> fills = new ArrayList<>();
        for (Chart chart : view.charts()) {
            Matcher m = Pattern.compile("fill=\"(#[0-9a-f]{6})\"").matcher(chart.svg());
            while (m.find()) {
                fills.add(chart.name() + " " + m.group(1));
            }
        }
        assertTrue(fills.size() > 10, fills.toString());
        for (String fill : fills) {
            String colour = fill.substring(fill.indexOf('#'));
            if (colour.equals("#ffffff")) {
                continue; // the white inside a status box, framed in its colour
            }
            assertTrue(contrast(colour) >= 3.0, fill + " stands " + contrast(colour) + ":1");
        }
    }

    /** The WCAG contrast ratio of a colour against white. */
    static double contrast(String hex) {
        double l = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (l + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

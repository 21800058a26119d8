package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matreport.model.Severity.ERROR;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryViewTest {

    private static final LocalDate LATER = LocalDate.of(2027, 9, 1);

    @Test
    void theTopThreeAreErrorsThenWarningsNowThenWarningsAhead() {
        SummaryView summary = SummaryView.of(MadeFindings.reading(
                MadeFindings.now("VIS-103", INFO),
                MadeFindings.ahead("BRK-501", WARNING, LATER, "Orion High School"),
                MadeFindings.now("OPM-401", WARNING),
                MadeFindings.now("STR-201", ERROR),
                MadeFindings.now("INT-601", WARNING)));

        assertEquals(
                List.of("STR-201", "OPM-401", "INT-601"),
                summary.topThree().stream().map(FindingView::rule).toList());
    }

    @Test
    void aForecastOutranksInformationAndAcknowledgedFindingsAreLeftOut() {
        SummaryView summary = SummaryView.of(MadeFindings.reading(
                MadeFindings.now("VIS-103", INFO),
                MadeFindings.acknowledged(MadeFindings.now("STR-201", ERROR), LocalDate.of(2027, 7, 31)),
                MadeFindings.ahead("BRK-501", WARNING, LATER, "Orion High School")));

        assertEquals(
                List.of("BRK-501", "VIS-103"),
                summary.topThree().stream().map(FindingView::rule).toList());
        assertTrue(
                summary.topThree().get(0).when().contains("1 September 2027"),
                summary.topThree().toString());
        assertEquals(
                org.matreport.rules.Rulebook.rule("BRK-501").orElseThrow().action(),
                summary.topThree().get(0).action(),
                "each of the three carries its suggested action");
    }

    @Test
    void theOverallStatusIsTheWeakestLink() {
        assertEquals(Status.GREEN, SummaryView.of(MadeFindings.reading()).overall());
        assertEquals(
                Status.AMBER,
                SummaryView.of(MadeFindings.reading(MadeFindings.now("INT-601", WARNING)))
                        .overall());
        assertEquals(
                Status.RED,
                SummaryView.of(MadeFindings.reading(
                                MadeFindings.now("INT-601", WARNING), MadeFindings.now("STR-201", ERROR)))
                        .overall());
    }

    @Test
    void breakPointsAheadAreListedByDateWithTheJoiningSchools() {
        SummaryView summary = SummaryView.of(MadeFindings.reading(
                MadeFindings.ahead("BRK-502", WARNING, LocalDate.of(2028, 9, 1), "Shibden Heights"),
                MadeFindings.ahead("BRK-501", WARNING, LATER, "Orion High School", "Polaris Primary")));

        assertEquals(
                List.of(
                        new SummaryView.AheadRow(
                                "1 September 2027",
                                "Oversight at scale",
                                "oversight-at-scale holds ahead 2027-09-01 (Orion High School, Polaris Primary).",
                                "Orion High School and Polaris Primary"),
                        new SummaryView.AheadRow(
                                "1 September 2028",
                                "Board represents every school",
                                "board-represents-every-school holds ahead 2028-09-01 (Shibden Heights).",
                                "Shibden Heights")),
                summary.ahead());
    }
}

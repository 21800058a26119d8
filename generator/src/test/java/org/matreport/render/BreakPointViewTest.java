package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.model.Severity.WARNING;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.render.BreakPointView.State;

class BreakPointViewTest {

    private final List<BreakPointView> timeline = BreakPointView.of(MadeFindings.reading(
            List.of("BRK-503"),
            MadeFindings.now("BRK-502", WARNING),
            MadeFindings.ahead("BRK-501", WARNING, LocalDate.of(2027, 9, 1), "Orion High School")));

    private BreakPointView row(String rule) {
        return timeline.stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void onlyBreakPointsReachedNowOrAheadHaveARowNowFirst() {
        assertEquals(
                List.of("BRK-502", "BRK-501"),
                timeline.stream().map(BreakPointView::rule).toList());
    }

    @Test
    void aBreakPointThatHoldsTodayIsNow() {
        assertEquals(State.NOW, row("BRK-502").state());
        assertEquals("now", row("BRK-502").when());
    }

    @Test
    void aForecastIsAheadWithItsDateAndTheSchoolsThatBringIt() {
        BreakPointView ahead = row("BRK-501");
        assertEquals(State.AHEAD, ahead.state());
        assertEquals(LocalDate.of(2027, 9, 1), ahead.date());
        assertEquals("from 1 September 2027", ahead.when());
        assertEquals("Orion High School", ahead.joining());
    }

    @Test
    void aRuleReachedOnTwoDatesHasOneRowFromItsFirstDateWithEveryJoiningSchool() {
        List<BreakPointView> rows = BreakPointView.of(MadeFindings.reading(
                MadeFindings.ahead("BRK-501", WARNING, LocalDate.of(2028, 9, 1), "Shibden Heights"),
                MadeFindings.ahead("BRK-501", WARNING, LocalDate.of(2027, 9, 1), "Orion High School")));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("from 1 September 2027", rows.get(0).when());
        assertEquals("Orion High School and Shibden Heights", rows.get(0).joining());
    }

    @Test
    void anAcknowledgedBreakPointSaysSo() {
        List<BreakPointView> acknowledged = BreakPointView.of(MadeFindings.reading(
                MadeFindings.acknowledged(MadeFindings.now("BRK-502", WARNING), LocalDate.of(2027, 7, 31))));
        assertEquals("Now, accepted by the board", acknowledged.get(0).stateText());
    }
}

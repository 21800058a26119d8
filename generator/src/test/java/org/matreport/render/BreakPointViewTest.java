package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.model.Severity.WARNING;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.catalogue.RuleCatalogue;
import org.matreport.catalogue.RuleInfo;
import org.matreport.render.BreakPointView.State;

class BreakPointViewTest {

    private final List<BreakPointView> timeline = BreakPointView.of(MadeFindings.result(
            List.of("BRK-503"),
            MadeFindings.now("BRK-502", WARNING),
            MadeFindings.ahead("BRK-501", WARNING, LocalDate.of(2027, 9, 1), "Orion High School")));

    private BreakPointView row(String rule) {
        return timeline.stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void everyBreakPointOfTheCatalogueHasARowInCatalogueOrder() {
        List<String> breakPoints = RuleCatalogue.rules().stream()
                .filter(RuleInfo::isBreakPoint)
                .map(RuleInfo::id)
                .toList();
        assertEquals(breakPoints, timeline.stream().map(BreakPointView::rule).toList());
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
        assertEquals("1 September 2027", ahead.when());
        assertEquals("Orion High School", ahead.joining());
    }

    @Test
    void aBreakPointWithNoFindingIsNotReachedUnlessTheTrustTurnedItOff() {
        assertEquals(State.NOT_REACHED, row("BRK-504").state());
        assertEquals(State.NOT_CHECKED, row("BRK-503").state());
    }

    @Test
    void anAcknowledgedBreakPointSaysSo() {
        List<BreakPointView> acknowledged = BreakPointView.of(MadeFindings.result(
                MadeFindings.acknowledged(MadeFindings.now("BRK-502", WARNING), LocalDate.of(2027, 7, 31))));
        BreakPointView row = acknowledged.stream()
                .filter(r -> r.rule().equals("BRK-502"))
                .findFirst()
                .orElseThrow();
        assertEquals("reached now, acknowledged", row.stateText());
    }
}

package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.model.Severity.ERROR;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.catalogue.Link;

class ChainLinkViewTest {

    private static final LocalDate LATER = LocalDate.of(2027, 9, 1);

    @Test
    void aLinkWithNoFindingIsGreen() {
        assertEquals(Status.GREEN, ChainLinkView.statusOf(List.of()));
    }

    @Test
    void informationNeverChangesTheColour() {
        assertEquals(Status.GREEN, ChainLinkView.statusOf(List.of(MadeFindings.now("VIS-103", INFO))));
    }

    @Test
    void aWarningNowIsAmber() {
        assertEquals(Status.AMBER, ChainLinkView.statusOf(List.of(MadeFindings.now("VIS-101", WARNING))));
    }

    @Test
    void anErrorNowIsRed() {
        assertEquals(
                Status.RED,
                ChainLinkView.statusOf(
                        List.of(MadeFindings.now("VIS-101", WARNING), MadeFindings.now("STR-201", ERROR))));
    }

    @Test
    void anErrorThatIsOnlyAheadIsAmberNotRed() {
        assertEquals(
                Status.AMBER, ChainLinkView.statusOf(List.of(MadeFindings.ahead("BRK-501", ERROR, LATER, "Orion"))));
    }

    @Test
    void anAcknowledgementInDateTakesTheFindingOutButAnExpiredOneDoesNot() {
        var error = MadeFindings.now("STR-201", ERROR);
        assertEquals(
                Status.GREEN,
                ChainLinkView.statusOf(List.of(MadeFindings.acknowledged(error, LocalDate.of(2027, 7, 31)))));
        assertEquals(
                Status.RED,
                ChainLinkView.statusOf(List.of(MadeFindings.acknowledged(error, LocalDate.of(2026, 1, 31)))));
    }

    @Test
    void eachLinkTakesItsStatusFromItsOwnFindingsOnly() {
        List<ChainLinkView> chain = ChainLinkView.of(MadeFindings.result(
                MadeFindings.now("STR-201", ERROR),
                MadeFindings.now("OPM-401", WARNING),
                MadeFindings.ahead("BRK-501", WARNING, LATER, "Orion High School")));

        assertEquals(Link.values().length, chain.size());
        assertEquals(
                List.of(Status.GREEN, Status.GREEN, Status.RED, Status.AMBER, Status.AMBER, Status.GREEN),
                chain.stream().map(ChainLinkView::status).toList(),
                chain.toString());
        assertEquals("Strategy to alignment", chain.get(2).name());
        assertEquals("1 error", chain.get(2).findings());
        assertEquals("1 ahead", chain.get(4).findings());
        assertEquals("Red: act now", chain.get(2).statusText());
    }
}

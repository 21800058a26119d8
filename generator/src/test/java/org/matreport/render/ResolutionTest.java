package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matreport.catalogue.Thresholds;
import org.matreport.model.Board;
import org.matreport.model.ChainLink;
import org.matreport.model.Settings;
import org.matreport.model.Trust;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;

/** The decisions on the cover: verb phrase, owner, decide-by date, and what is left out. */
class ResolutionTest {

    private static final LocalDate SEPTEMBER_2027 = LocalDate.of(2027, 9, 1);

    /** The trust's decisions, its thresholds in force as the check would use them. */
    private static List<Resolution> resolutions(Trust trust, Finding... findings) {
        return Resolution.of(Reading.of(
                trust,
                new CheckResult(
                        List.of(findings),
                        List.of(),
                        Thresholds.inForce(trust.settings()).asMap(),
                        MadeFindings.MEETING)));
    }

    private static Trust withBoard(Map<ChainLink, String> owners, Map<String, Double> thresholds) {
        Trust base = TestTrusts.northernLights();
        return new Trust(
                base.schema(),
                base.profile(),
                base.vision(),
                base.strategy(),
                base.alignment(),
                base.operatingModel(),
                base.schools(),
                base.growth(),
                base.policy(),
                base.acknowledgements(),
                new Settings(thresholds, Map.of(), List.of()),
                new Board(owners));
    }

    @Test
    void aBreakPointAheadIsDecidedItsLeadTimeBeforeItsDate() {
        List<Resolution> six = resolutions(
                TestTrusts.northernLights(), MadeFindings.ahead("BRK-501", WARNING, SEPTEMBER_2027, "Orion"));
        assertEquals("1 March 2027", six.get(0).decideBy(), "six months by default");
        List<Resolution> nine = resolutions(
                withBoard(Map.of(), Map.of("leadTimeMonths", 8.0)),
                MadeFindings.ahead("BRK-501", WARNING, SEPTEMBER_2027, "Orion"));
        assertEquals("1 January 2027", nine.get(0).decideBy(), "the trust's own lead time");
    }

    @Test
    void whatHoldsNowOrIsTooCloseIsForThisMeeting() {
        assertEquals(
                "10 December 2026",
                resolutions(TestTrusts.northernLights(), MadeFindings.now("INT-601", WARNING))
                        .get(0)
                        .decideBy());
        assertEquals(
                "10 December 2026",
                resolutions(
                                TestTrusts.northernLights(),
                                MadeFindings.ahead("BRK-501", WARNING, LocalDate.of(2027, 3, 1), "Orion"))
                        .get(0)
                        .decideBy(),
                "a date less its lead time that falls before the meeting is decided at the meeting");
    }

    @Test
    void theOwnerComesFromBoardOwnersByLinkElseTheChiefExecutive() {
        Trust trust = withBoard(Map.of(ChainLink.INTELLIGENCE, "Chair of Trustees"), Map.of());
        List<Resolution> owned =
                resolutions(trust, MadeFindings.now("INT-601", WARNING), MadeFindings.now("OPM-401", WARNING));
        assertEquals(
                List.of("Chief Executive", "Chair of Trustees"),
                owned.stream().map(Resolution::owner).toList());
    }

    @Test
    void aResolutionIsTheActionAsAVerbPhrase() {
        Resolution r = resolutions(TestTrusts.northernLights(), MadeFindings.now("INT-605", WARNING))
                .get(0);
        assertEquals("1", r.number());
        assertEquals("Put a review of the improvement model on the board's calendar", r.text());
    }

    @Test
    void informationAndRecordKeepingAreNotResolutions() {
        assertEquals(
                List.of(),
                resolutions(
                        TestTrusts.northernLights(),
                        MadeFindings.now("BRK-513", INFO),
                        MadeFindings.now("VIS-102", WARNING),
                        MadeFindings.now("VIS-105", WARNING)));
    }

    @Test
    void aLapsedAcceptanceIsADecisionToRenewOrActOwnedByWhoAcceptedIt() {
        List<Resolution> lapsed = resolutions(
                TestTrusts.northernLights(),
                MadeFindings.acknowledged(MadeFindings.now("INT-601", WARNING), LocalDate.of(2026, 7, 31)));
        assertEquals(1, lapsed.size());
        assertTrue(
                lapsed.get(0).text().startsWith("Renew the board's acceptance of the finding \"Narrow intelligence\""));
        assertTrue(
                lapsed.get(0).text().endsWith("lapsed on 31 July 2026"),
                lapsed.get(0).text());
        assertEquals("Chair of Trustees", lapsed.get(0).owner());
    }
}

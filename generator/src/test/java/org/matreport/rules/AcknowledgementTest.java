package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.BoardSkill;
import org.matreport.model.Severity;

class AcknowledgementTest {

    /** A board without legal or audit-risk expertise: two BRK-503 findings, one per missing skill. */
    private static TrustBuilder skillsGap() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.skills.removeAll(List.of(BoardSkill.LEGAL, BoardSkill.AUDIT_RISK));
        return trust;
    }

    private static Finding bySubject(CheckResult result, String rule, String subject) {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && subject.equals(f.subject()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAcknowledgementInDateTakesItsFindingOutOfTheCount() {
        CheckResult result = Fixtures.check(skillsGap().acknowledge("BRK-503", "audit-risk", "2027-03-31"));

        Finding audit = bySubject(result, "BRK-503", "audit-risk");
        Finding legal = bySubject(result, "BRK-503", "legal");
        assertEquals(AcknowledgementStatus.ACKNOWLEDGED, audit.status());
        assertEquals("Chair of Trustees", audit.acknowledgement().owner());
        assertFalse(audit.counts());
        assertEquals(AcknowledgementStatus.NONE, legal.status());
        assertEquals(1, result.acknowledgedCount());
        assertEquals(1, result.count(Severity.WARNING));
        assertTrue(audit.toString().endsWith("[acknowledged by Chair of Trustees until 2027-03-31]"));
    }

    @Test
    void anAcknowledgementWithoutSubjectCoversEveryFindingOfItsRule() {
        CheckResult result = Fixtures.check(skillsGap().acknowledge("BRK-503", null, "2027-03-31"));

        assertEquals(2, result.acknowledgedCount());
        assertFalse(result.fails(FailOn.WARNING));
    }

    @Test
    void anAcknowledgementPastItsDateCountsAgainAndSaysItExpired() {
        // The board meets on 2026-12-10; the acknowledgement ran out the day before.
        CheckResult result = Fixtures.check(skillsGap().acknowledge("BRK-503", "legal", "2026-12-09"));

        Finding legal = bySubject(result, "BRK-503", "legal");
        assertEquals(AcknowledgementStatus.EXPIRED, legal.status());
        assertTrue(legal.counts());
        assertEquals(2, result.count(Severity.WARNING));
        assertTrue(result.fails(FailOn.WARNING));
        assertTrue(legal.toString().contains("expired 2026-12-09"), legal.toString());
    }

    @Test
    void anAcknowledgementLastingUntilTheMeetingDayIsStillInDate() {
        CheckResult result = Fixtures.check(skillsGap().acknowledge("BRK-503", "legal", "2026-12-10"));

        assertEquals(
                AcknowledgementStatus.ACKNOWLEDGED,
                bySubject(result, "BRK-503", "legal").status());
    }

    @Test
    void withoutABoardMeetingTheDateOfGenerationDecidesExpiry() {
        TrustBuilder trust = skillsGap().acknowledge("BRK-503", "legal", "2026-10-31");
        trust.boardMeeting = null;

        CheckResult result = Fixtures.check(trust);

        assertEquals(Fixtures.TODAY, result.referenceDate());
        assertEquals(
                AcknowledgementStatus.EXPIRED,
                bySubject(result, "BRK-503", "legal").status());
    }

    @Test
    void anAcknowledgementMatchingNoFindingIsReportedAsStaleAtItsOwnPlace() {
        CheckResult result = Fixtures.check(TrustBuilder.coherent().acknowledge("BRK-503", "finance", "2027-03-31"));

        assertEquals(1, result.findings().size(), result.findings()::toString);
        Finding stale = result.findings().get(0);
        assertEquals(Rulebook.staleAcknowledgement().id(), stale.ruleId());
        assertEquals(Severity.INFO, stale.severity());
        assertEquals("acknowledgements[0]", stale.path());
        assertEquals("trust.yaml:200:5", stale.location().toString());
        assertTrue(stale.message().contains("BRK-503 for 'finance'"), stale.message());
    }

    @Test
    void anAcknowledgementAlsoCoversABreakPointAhead() {
        TrustBuilder trust = TrustBuilder.coherent().schoolCount(1);
        trust.skills.remove(BoardSkill.LEGAL);
        trust.growth.add(TrustBuilder.joining(
                "Harbour Primary",
                null,
                "2028-09-01",
                org.matreport.model.Region.NORTH_WEST,
                300,
                org.matreport.model.Performance.SECURE));
        trust.acknowledge("BRK-503", "legal", "2029-08-31");

        Finding f = Fixtures.findings(trust, "BRK-503").get(0);

        assertEquals(LocalDate.of(2028, 9, 1), f.when().date());
        assertEquals(AcknowledgementStatus.ACKNOWLEDGED, f.status());
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INT-604: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Int604DelegationStaleTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.delegationReviewed = LocalDate.of(2025, 12, 9);

        Finding f = only(Fixtures.findings(trust, "INT-604"));

        assertContains(f, "last reviewed on 2025-12-09, more than 12 months before 2026-12-10");
        assertEquals("operatingModel.governance.schemeOfDelegation.reviewed", f.path());
    }

    @Test
    void firesWhenSchoolsHaveJoinedSinceTheReview() {
        TrustBuilder trust = TrustBuilder.coherent().schoolCount(7);
        for (int i = 4; i < 7; i++) {
            trust.school(i, s -> TrustBuilder.withJoined(s, LocalDate.of(2026, 9, 1)));
        }

        Finding f = only(Fixtures.findings(trust, "INT-604"));

        assertContains(f, "last reviewed on 2026-07-01, and 3 schools have joined since", "threshold 3");
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder near = TrustBuilder.coherent().schoolCount(6);
        for (int i = 4; i < 6; i++) {
            near.school(i, s -> TrustBuilder.withJoined(s, LocalDate.of(2026, 9, 1)));
        }
        assertEquals(List.of(), Fixtures.findings(near, "INT-604"));

        TrustBuilder trust = TrustBuilder.coherent();
        trust.delegationReviewed = LocalDate.of(2025, 12, 10);

        assertEquals(List.of(), Fixtures.findings(trust, "INT-604"));
    }
}

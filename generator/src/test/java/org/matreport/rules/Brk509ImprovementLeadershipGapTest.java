package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.assertCount;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.CentralRole;
import org.matreport.model.Focus;
import org.matreport.model.ImprovementRole;

/** BRK-509: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk509ImprovementLeadershipGapTest {

    /** The baseline's four schools with an enabling chief executive and delivery roles, but nobody leading. */
    private static TrustBuilder leaderless() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.centralTeam(new CentralRole("School Improvement Partner", Focus.IMPROVEMENT_DELIVERY, 2.0));
        return trust;
    }

    @Test
    void fires() {
        Finding f = only(Fixtures.findings(leaderless(), "BRK-509"));

        assertContains(f, "With 4 schools (more than 3)", "enables rather than delivers", "no central role leads");
        assertEquals("operatingModel.centralTeam", f.path());
        assertEquals(true, f.when().isNow());
    }

    @Test
    void firesWhenTheChiefExecutivesRoleIsNotRecorded() {
        TrustBuilder trust = leaderless();
        trust.ceoRole = null;

        assertContains(only(Fixtures.findings(trust, "BRK-509")), "part in improvement is not recorded");
    }

    @Test
    void nearMissDoesNotFire() {
        // Three schools: a chief executive may still lead improvement alongside enabling it.
        TrustBuilder trust = leaderless().schoolCount(3);

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-509"));
    }

    @Test
    void aChiefExecutiveWhoDeliversIsLeftToBrk505() {
        TrustBuilder trust = leaderless();
        trust.ceoRole = ImprovementRole.DELIVERS;

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-509"));
        assertCount(1, Fixtures.findings(trust, "BRK-505"));
    }

    @Test
    void atTheOversightThresholdBrk501TakesOver() {
        TrustBuilder trust = leaderless().schoolCount(10);

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-509"));
        assertCount(1, Fixtures.findings(trust, "BRK-501"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BRK-523: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk523EarnedAutonomyWithoutCriteriaTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.earnedAutonomyCriteria = null;

        Finding f = only(Fixtures.findings(trust, "BRK-523"));

        assertContains(f, "Earned autonomy is enabled but no criteria");
        assertEquals("alignment.earnedAutonomy.criteria", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.earnedAutonomyCriteria = null;
        trust.earnedAutonomy = null;

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-523"));
    }
}

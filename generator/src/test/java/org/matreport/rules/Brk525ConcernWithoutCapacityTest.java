package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.withPerformance;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Focus;
import org.matreport.model.ModelKind;
import org.matreport.model.Performance;

/** BRK-525: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk525ConcernWithoutCapacityTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(2, s -> withPerformance(s, Performance.CONCERN));
        trust.onlyRole(Focus.IMPROVEMENT_LEADERSHIP);
        trust.models(ModelKind.NETWORK);

        Finding f = only(Fixtures.findings(trust, "BRK-525"));

        assertContains(f, "Cedar Primary is a cause for concern", "no delivery capacity");
        assertEquals("schools[2].performance", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(2, s -> withPerformance(s, Performance.CONCERN));
        trust.onlyRole(Focus.IMPROVEMENT_LEADERSHIP);
        // A hub delivers improvement, by the one definition BRK-525 shares with OPM-407.
        trust.models(ModelKind.NETWORK, ModelKind.HUB);

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-525"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.withPerformance;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Cluster;
import org.matreport.model.Performance;
import org.matreport.model.Severity;

/** BRK-522: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk522GlassFloorTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.cluster = Cluster.AUTONOMY;
        trust.school(2, s -> withPerformance(s, Performance.CONCERN));
        trust.directedIntervention = false;

        Finding f = only(Fixtures.findings(trust, "BRK-522"));

        assertContains(f, "Cedar Primary is a cause for concern", "autonomy trust");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("schools[2].performance", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.cluster = Cluster.AUTONOMY;
        trust.school(2, s -> withPerformance(s, Performance.CONCERN));

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-522"));
    }
}

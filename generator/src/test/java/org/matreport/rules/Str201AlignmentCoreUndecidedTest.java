package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Area;
import org.matreport.model.Cluster;
import org.matreport.model.Severity;

/** STR-201: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Str201AlignmentCoreUndecidedTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.withoutArea(Area.CURRICULUM);

        Finding f = only(Fixtures.findings(trust, "STR-201"));

        assertContains(f, "Curriculum is undecided although the trust's strategy is alignment");
        assertEquals("curriculum", f.subject());
        assertEquals("alignment.areas", f.path());
        assertEquals(Severity.ERROR, f.severity());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.withoutArea(Area.CURRICULUM);
        trust.cluster = Cluster.AUTONOMY;

        assertEquals(List.of(), Fixtures.findings(trust, "STR-201"));
    }
}

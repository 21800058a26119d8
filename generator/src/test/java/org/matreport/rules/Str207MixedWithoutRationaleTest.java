package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Cluster;

/** STR-207: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Str207MixedWithoutRationaleTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.cluster = Cluster.MIXED;
        trust.rationale = null;

        Finding f = only(Fixtures.findings(trust, "STR-207"));

        assertContains(f, "Northern Lights Academy Trust", "no rationale");
        assertEquals("strategy.rationale", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.cluster = Cluster.MIXED;

        assertEquals(List.of(), Fixtures.findings(trust, "STR-207"));
    }
}

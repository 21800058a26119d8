package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** INT-603: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Int603DelegationOverlapTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.overlap = true;

        Finding f = only(Fixtures.findings(trust, "INT-603"));

        assertContains(f, "improvement leads and local governing bodies");
        assertEquals("operatingModel.governance.schemeOfDelegation.overlap", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.overlap = null;

        assertEquals(List.of(), Fixtures.findings(trust, "INT-603"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** INT-602: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Int602DataNotStandardisedTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.standardised = null;

        Finding f = only(Fixtures.findings(trust, "INT-602"));

        assertContains(f, "not common across the trust's 4 schools");
        assertEquals("operatingModel.intelligence.standardised", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.standardised = null;
        trust.schoolCount(1);

        assertEquals(List.of(), Fixtures.findings(trust, "INT-602"));
    }
}

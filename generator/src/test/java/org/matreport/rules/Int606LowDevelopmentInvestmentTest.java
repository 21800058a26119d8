package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** INT-606: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Int606LowDevelopmentInvestmentTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.researchPercent = 1.5;

        Finding f = only(Fixtures.findings(trust, "INT-606"));

        assertContains(f, "invests 1.5% of revenue", "below 5%");
        assertEquals("operatingModel.investment.researchPercent", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.researchPercent = 5.0;

        assertEquals(List.of(), Fixtures.findings(trust, "INT-606"));
    }
}

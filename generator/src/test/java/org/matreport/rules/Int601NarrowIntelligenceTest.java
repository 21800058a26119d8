package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.IntelligenceSource;

/** INT-601: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Int601NarrowIntelligenceTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.sources = new java.util.ArrayList<>(List.of(
                IntelligenceSource.OUTCOMES,
                IntelligenceSource.OFSTED,
                IntelligenceSource.RISK_REGISTERS,
                IntelligenceSource.FINANCE));

        Finding f = only(Fixtures.findings(trust, "INT-601"));

        assertContains(f, "4 sources (outcomes, Ofsted, risk registers and finance)", "none of them from surveys");
        assertEquals("operatingModel.intelligence.sources", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.sources = new java.util.ArrayList<>(List.of(
                IntelligenceSource.OUTCOMES,
                IntelligenceSource.OFSTED,
                IntelligenceSource.FINANCE,
                IntelligenceSource.PEER_REVIEW));

        assertEquals(List.of(), Fixtures.findings(trust, "INT-601"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Focus;
import org.matreport.model.ModelKind;

/** OPM-407: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Opm407LeadersWithoutDeliverersTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.onlyRole(Focus.IMPROVEMENT_LEADERSHIP);
        trust.models(ModelKind.NETWORK);

        Finding f = only(Fixtures.findings(trust, "OPM-407"));

        assertContains(f, "improvement leaders but no one to deliver", "no improvement-delivery role, hub, clusters");
        assertEquals("operatingModel.centralTeam", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.onlyRole(Focus.IMPROVEMENT_LEADERSHIP);
        // Specialists the trust employs are delivery capacity, by the one definition OPM-407 shares with BRK-525.
        trust.models(ModelKind.NETWORK, ModelKind.CENTRAL_EXPERTISE);

        assertEquals(List.of(), Fixtures.findings(trust, "OPM-407"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Focus;

/** BRK-501: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk501OversightAtScaleTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.schoolCount(10);
        trust.onlyRole(Focus.IMPROVEMENT_DELIVERY);

        Finding f = only(Fixtures.findings(trust, "BRK-501"));

        assertContains(f, "10 schools", "threshold 10 schools or 7,500 pupils", "no improvement-leadership role");
        assertEquals("schools", f.path());
        assertTrue(f.when().isNow());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.schoolCount(9);
        trust.onlyRole(Focus.IMPROVEMENT_DELIVERY);

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-501"));
    }
}

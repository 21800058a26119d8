package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.withPerformance;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Performance;

/** BRK-521: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk521GlassCeilingTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.earnedAutonomy = false;

        Finding f = only(Fixtures.findings(trust, "BRK-521"));

        assertContains(f, "Aurora Primary Academy performs highly", "no earned autonomy");
        assertEquals("100001", f.subject());
        assertEquals("schools[0].performance", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.earnedAutonomy = false;
        trust.school(0, s -> withPerformance(s, Performance.SECURE));

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-521"));
    }
}

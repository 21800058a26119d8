package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.outcome;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.OutcomeArea;

/** VIS-102: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Vis102OutcomeNotMeasurableTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.set(0, outcome("ks2-reading", OutcomeArea.ACADEMIC, "61", "2025/26", null, null));

        Finding f = only(Fixtures.findings(trust, "VIS-102"));

        assertContains(f, "ks2-reading", "no target");
        assertEquals("ks2-reading", f.subject());
        assertEquals("vision.outcomes[0].target", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.set(0, outcome("ks2-reading", OutcomeArea.ACADEMIC, "0", "2025/26", "0", "2028/29"));

        assertEquals(List.of(), Fixtures.findings(trust, "VIS-102"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.outcome;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.OutcomeArea;

/** VIS-103: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Vis103OutcomesOnlyAccountabilityTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.set(1, outcome("ks4-progress", OutcomeArea.ACADEMIC, "0.1", "2025/26", "0.3", "2028/29"));

        Finding f = only(Fixtures.findings(trust, "VIS-103"));

        assertContains(f, "All 2 outcomes", "academic");
        assertEquals("vision.outcomes", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.set(1, outcome("staff-retention", OutcomeArea.STAFF, "85", "2025/26", "90", "2028/29"));

        assertEquals(List.of(), Fixtures.findings(trust, "VIS-103"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.outcome;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.OutcomeArea;

/** VIS-106: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Vis106NoPupilOutcomeTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.clear();
        trust.outcomes.add(outcome("staff-retention", OutcomeArea.STAFF, "85", "2025/26", "90", "2028/29"));
        trust.outcomes.add(outcome("reserves", OutcomeArea.FINANCIAL, "4", "2025/26", "5", "2028/29"));

        Finding f = only(Fixtures.findings(trust, "VIS-106"));

        assertContains(f, "None of the 2 outcomes", "financial and staff");
        assertEquals("vision.outcomes", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.clear();
        trust.outcomes.add(outcome("staff-retention", OutcomeArea.STAFF, "85", "2025/26", "90", "2028/29"));
        trust.outcomes.add(outcome("send-inclusion", OutcomeArea.INCLUSION, "40", "2025/26", "60", "2028/29"));

        assertEquals(List.of(), Fixtures.findings(trust, "VIS-106"));
    }
}

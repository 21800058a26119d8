package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.outcome;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.OutcomeArea;

/** VIS-105: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Vis105TargetAlreadyPastTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.set(1, outcome("pupil-wellbeing", OutcomeArea.WELLBEING, "70", "2024/25", "80", "2025/26"));

        Finding f = only(Fixtures.findings(trust, "VIS-105"));

        assertContains(f, "pupil-wellbeing", "2025/26", "2026/27");
        assertEquals("vision.outcomes[1].target.year", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.set(1, outcome("pupil-wellbeing", OutcomeArea.WELLBEING, "70", "2024/25", "80", "2026/27"));

        assertEquals(List.of(), Fixtures.findings(trust, "VIS-105"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.IntelligenceSource;

/** INT-607: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Int607OutcomeWithoutIntelligenceTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.sources.removeAll(List.of(IntelligenceSource.PUPIL_SURVEY, IntelligenceSource.ATTENDANCE));

        Finding f = only(Fixtures.findings(trust, "INT-607"));

        assertContains(f, "wellbeing outcome pupil-wellbeing", "pupil-survey, attendance");
        assertEquals("pupil-wellbeing", f.subject());
        assertEquals("vision.outcomes[1].area", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        // Attendance alone is enough to follow wellbeing.
        TrustBuilder trust = TrustBuilder.coherent();
        trust.sources.remove(IntelligenceSource.PUPIL_SURVEY);

        assertEquals(List.of(), Fixtures.findings(trust, "INT-607"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** VIS-101: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Vis101OutcomesNotCitedTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.clear();

        Finding f = only(Fixtures.findings(trust, "VIS-101"));

        assertContains(f, "Northern Lights Academy Trust", "cites no outcomes");
        assertEquals("vision.outcomes", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.outcomes.subList(1, 2).clear();

        assertEquals(List.of(), Fixtures.findings(trust, "VIS-101"));
    }
}

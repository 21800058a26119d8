package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** VIS-104: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Vis104MissionMissingTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.mission = null;

        Finding f = only(Fixtures.findings(trust, "VIS-104"));

        assertContains(f, "Northern Lights Academy Trust", "no mission");
        assertEquals("vision.mission", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.mission = "Together.";

        assertEquals(List.of(), Fixtures.findings(trust, "VIS-104"));
    }
}

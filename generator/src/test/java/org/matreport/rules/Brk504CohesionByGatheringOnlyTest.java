package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BRK-504: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk504CohesionByGatheringOnlyTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.schoolCount(10);
        trust.channels.clear();

        Finding f = only(Fixtures.findings(trust, "BRK-504"));

        assertContains(f, "10 schools (threshold 10)", "no channel besides gathering");
        assertEquals("operatingModel.communications.other", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.schoolCount(9);
        trust.channels.clear();

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-504"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OPM-408: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Opm408GroupTooLargeTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.schoolCount(7);

        Finding f = only(Fixtures.findings(trust, "OPM-408"));

        assertContains(f, "North Hub holds 7 schools, more than the 6");
        assertEquals("north", f.subject());
        assertEquals("operatingModel.groups[0]", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.schoolCount(6);

        assertEquals(List.of(), Fixtures.findings(trust, "OPM-408"));
    }
}

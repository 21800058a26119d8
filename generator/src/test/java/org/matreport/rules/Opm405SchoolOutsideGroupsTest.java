package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.withGroup;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OPM-405: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Opm405SchoolOutsideGroupsTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(2, s -> withGroup(s, null));

        Finding f = only(Fixtures.findings(trust, "OPM-405"));

        assertContains(f, "Cedar Primary belongs to none of the trust's 1 group");
        assertEquals("100003", f.subject());
        assertEquals("schools[2]", f.path());
        assertEquals("schools.yaml:22:5", f.location().toString());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(2, s -> withGroup(s, null));
        trust.groups.clear();

        assertEquals(List.of(), Fixtures.findings(trust, "OPM-405"));
    }
}

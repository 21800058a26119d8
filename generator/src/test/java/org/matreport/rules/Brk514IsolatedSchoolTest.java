package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.withRegion;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Region;

/** BRK-514: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk514IsolatedSchoolTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(3, s -> withRegion(s, Region.LONDON));

        Finding f = only(Fixtures.findings(trust, "BRK-514"));

        assertContains(
                f, "Dalton High School is the trust's only school in London;", "the other schools are in North West");
        assertEquals("100004", f.subject());
        assertEquals("schools[3].region", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(3, s -> withRegion(s, Region.LONDON));
        trust.school(2, s -> withRegion(s, Region.LONDON));

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-514"));
    }
}

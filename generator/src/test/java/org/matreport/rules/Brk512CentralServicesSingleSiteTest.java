package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.withRegion;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Region;

/** BRK-512: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk512CentralServicesSingleSiteTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(2, s -> withRegion(s, Region.LONDON));
        trust.school(3, s -> withRegion(s, Region.SOUTH_WEST));

        Finding f = only(Fixtures.findings(trust, "BRK-512"));

        assertContains(f, "3 regions (North West, London and South West)");
        assertEquals("operatingModel.centralServices", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(3, s -> withRegion(s, Region.SOUTH_WEST));

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-512"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.withRegion;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.ModelKind;
import org.matreport.model.Region;

/** BRK-511: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk511RegionsWithoutLocalCollaborationTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(3, s -> withRegion(s, Region.YORKSHIRE_AND_THE_HUMBER));
        trust.models(ModelKind.CENTRAL_EXPERTISE);

        Finding f = only(Fixtures.findings(trust, "BRK-511"));

        assertContains(f, "4 schools span 2 regions (North West and Yorkshire and The Humber)");
        assertEquals("schools", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(3, s -> withRegion(s, Region.YORKSHIRE_AND_THE_HUMBER));
        trust.models(ModelKind.CENTRAL_EXPERTISE, ModelKind.CLUSTERS);

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-511"));
    }
}

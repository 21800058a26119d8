package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.withGroup;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Group;
import org.matreport.model.GroupKind;

/** OPM-406: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Opm406EmptyGroupTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.groups.add(new Group("south", "South Hub", GroupKind.HUB, null));

        Finding f = only(Fixtures.findings(trust, "OPM-406"));

        assertContains(f, "South Hub (south) has no open schools");
        assertEquals("south", f.subject());
        assertEquals("operatingModel.groups[1]", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.groups.add(new Group("south", "South Hub", GroupKind.HUB, null));
        trust.school(3, s -> withGroup(s, "south"));

        assertEquals(List.of(), Fixtures.findings(trust, "OPM-406"));
    }
}

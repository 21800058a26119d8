package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.withOwnApproach;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Area;
import org.matreport.model.Cluster;

/** BRK-524: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk524OwnApproachUnearnedTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(1, s -> withOwnApproach(s, Area.PEDAGOGY));

        Finding f = only(Fixtures.findings(trust, "BRK-524"));

        assertContains(f, "Borealis Primary keeps its own approach to pedagogy", "its performance is secure, not high");
        assertEquals("100002", f.subject());
        assertEquals("schools[1].ownApproach", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(1, s -> withOwnApproach(s, Area.PEDAGOGY));
        trust.cluster = Cluster.MIXED;

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-524"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Cluster;
import org.matreport.model.NewSchoolPolicy;

/** BRK-508: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk508KeepOwnInAlignedTrustTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.newSchoolPolicy = NewSchoolPolicy.KEEP_OWN;

        Finding f = only(Fixtures.findings(trust, "BRK-508"));

        assertContains(f, "keep their own approach", "alignment");
        assertEquals("alignment.newSchools.policy", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.newSchoolPolicy = NewSchoolPolicy.KEEP_OWN;
        trust.cluster = Cluster.MIXED;

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-508"));
    }
}

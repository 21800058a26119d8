package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.plan;
import static org.matreport.rules.TrustBuilder.withRegion;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Approach;
import org.matreport.model.Area;
import org.matreport.model.Consistency;
import org.matreport.model.Evidence;
import org.matreport.model.Region;
import org.matreport.model.TargetConsistency;

/** BRK-513: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk513CommonCurriculumAcrossRegionsTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(3, s -> withRegion(s, Region.LONDON));

        Finding f = only(Fixtures.findings(trust, "BRK-513"));

        assertContains(f, "one curriculum across schools in 2 regions (North West and London)");
        assertEquals("alignment.areas.curriculum.target", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(3, s -> withRegion(s, Region.LONDON));
        trust.area(
                Area.CURRICULUM,
                plan(
                        TargetConsistency.SHARED_PRINCIPLES,
                        Consistency.PARTLY,
                        Approach.COLLABORATIVE,
                        Evidence.INTERNAL));

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-513"));
    }
}

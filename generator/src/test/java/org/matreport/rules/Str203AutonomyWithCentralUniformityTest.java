package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.TrustBuilder.plan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Approach;
import org.matreport.model.Area;
import org.matreport.model.Cluster;
import org.matreport.model.Consistency;
import org.matreport.model.Evidence;
import org.matreport.model.TargetConsistency;

/** STR-203: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Str203AutonomyWithCentralUniformityTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.cluster = Cluster.AUTONOMY;
        trust.area(
                Area.CURRICULUM,
                plan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.CENTRAL, Evidence.RESEARCH));

        // The coherent trust's pedagogy is common by central direction too, so the rule speaks of both areas.
        List<Finding> found = Fixtures.findings(trust, "STR-203");
        assertEquals(2, found.size(), found::toString);
        Finding f = found.get(0);

        assertContains(f, "Curriculum is to be made common by central direction", "autonomy");
        assertEquals("alignment.areas.curriculum.approach", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.cluster = Cluster.AUTONOMY;
        // Common curriculum and pedagogy, but reached by collaborative convergence rather than direction.
        trust.area(Area.PEDAGOGY, plan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.COLLABORATIVE, null));

        assertEquals(List.of(), Fixtures.findings(trust, "STR-203"));
    }
}

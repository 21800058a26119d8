package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
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
class Str203AutonomyWithCommonCoreTest {

    /** An autonomy trust whose curriculum and pedagogy stop at shared principles: nothing to report. */
    private static TrustBuilder autonomy() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.cluster = Cluster.AUTONOMY;
        for (Area area : List.of(Area.CURRICULUM, Area.PEDAGOGY)) {
            trust.area(
                    area, plan(TargetConsistency.SHARED_PRINCIPLES, Consistency.PARTLY, Approach.COLLABORATIVE, null));
        }
        return trust;
    }

    @Test
    void fires() {
        // Convergence is a route to consistency, not a form of autonomy: a common curriculum reached together counts.
        TrustBuilder trust = autonomy()
                .area(
                        Area.CURRICULUM,
                        plan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.COLLABORATIVE, Evidence.INTERNAL));

        Finding f = only(Fixtures.findings(trust, "STR-203"));

        assertContains(f, "Curriculum is to be made common (by collaborative convergence)", "autonomy");
        assertEquals("curriculum", f.subject());
        assertEquals("alignment.areas.curriculum.target", f.path());
    }

    @Test
    void firesForCentralDirectionToo() {
        TrustBuilder trust = autonomy()
                .area(Area.PEDAGOGY, plan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.CENTRAL, null));

        Finding f = only(Fixtures.findings(trust, "STR-203"));

        assertContains(f, "Pedagogy is to be made common (by central direction)");
    }

    @Test
    void nearMissDoesNotFire() {
        // Shared principles in curriculum and pedagogy, and a common back office: still autonomy in improvement.
        TrustBuilder trust = autonomy();

        assertEquals(List.of(), Fixtures.findings(trust, "STR-203"));
    }
}

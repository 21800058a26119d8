package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.plan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Approach;
import org.matreport.model.Area;
import org.matreport.model.Consistency;
import org.matreport.model.Severity;
import org.matreport.model.TargetConsistency;

/** BRK-506: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk506NewSchoolPolicyMissingTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.newSchoolPolicy = null;

        Finding f = only(Fixtures.findings(trust, "BRK-506"));

        assertContains(f, "converge collaboratively on curriculum, teacher development and identity");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("alignment.newSchools.policy", f.path());
    }

    @Test
    void firesWhenAlignmentIsReachedByCentralDefinition() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.newSchoolPolicy = null;
        for (Area a : List.of(Area.CURRICULUM, Area.TEACHER_DEVELOPMENT, Area.IDENTITY)) {
            trust.area(a, plan(TargetConsistency.COMMON, Consistency.COMMON, Approach.CENTRAL, null));
        }

        Finding f = only(Fixtures.findings(trust, "BRK-506"));

        assertContains(
                f, "Curriculum, pedagogy, assessment, teacher development and leadership development are to be common");
    }

    @Test
    void nearMissDoesNotFire() {
        // Directed centrally, but only to shared principles: no common way for a newcomer to join.
        TrustBuilder trust = TrustBuilder.coherent();
        trust.newSchoolPolicy = null;
        for (Area a : Area.values()) {
            trust.area(a, plan(TargetConsistency.SHARED_PRINCIPLES, Consistency.PARTLY, Approach.CENTRAL, null));
        }

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-506"));
    }
}

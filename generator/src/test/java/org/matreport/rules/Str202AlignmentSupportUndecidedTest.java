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
import org.matreport.model.TargetConsistency;

/** STR-202: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Str202AlignmentSupportUndecidedTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.area(Area.ASSESSMENT, plan(TargetConsistency.SCHOOL_LED, Consistency.SCHOOL_LED, Approach.NONE, null));

        Finding f = only(Fixtures.findings(trust, "STR-202"));

        assertContains(
                f, "Assessment is left to schools (target school-led) although the trust's strategy is alignment");
        assertEquals("alignment.areas.assessment.target", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.area(
                Area.ASSESSMENT,
                plan(TargetConsistency.SHARED_PRINCIPLES, Consistency.SHARED_PRINCIPLES, Approach.NONE, null));

        assertEquals(List.of(), Fixtures.findings(trust, "STR-202"));
    }
}

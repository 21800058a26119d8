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
import org.matreport.model.Evidence;
import org.matreport.model.TargetConsistency;

/** STR-204: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Str204NoRouteToTargetTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.area(Area.TEACHER_DEVELOPMENT, plan(TargetConsistency.COMMON, null, null, Evidence.BOTH));

        Finding f = only(Fixtures.findings(trust, "STR-204"));

        assertContains(f, "Teacher development stands at school-led and should reach common");
        assertEquals("teacherDevelopment", f.subject());
        assertEquals("alignment.areas.teacherDevelopment.approach", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.area(Area.TEACHER_DEVELOPMENT, plan(TargetConsistency.COMMON, Consistency.COMMON, Approach.NONE, null));

        assertEquals(List.of(), Fixtures.findings(trust, "STR-204"));
    }
}

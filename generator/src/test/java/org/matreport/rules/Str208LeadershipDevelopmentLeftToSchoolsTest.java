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

/** STR-208: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Str208LeadershipDevelopmentLeftToSchoolsTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.area(
                Area.LEADERSHIP_DEVELOPMENT,
                plan(TargetConsistency.SCHOOL_LED, Consistency.SCHOOL_LED, Approach.NONE, null));

        Finding f = only(Fixtures.findings(trust, "STR-208"));

        assertContains(f, "Leadership development is left to schools", "4 schools");
        assertEquals("alignment.areas.leadershipDevelopment.target", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.area(
                Area.LEADERSHIP_DEVELOPMENT,
                plan(TargetConsistency.SCHOOL_LED, Consistency.SCHOOL_LED, Approach.NONE, null));
        trust.schoolCount(1);

        assertEquals(List.of(), Fixtures.findings(trust, "STR-208"));
    }
}

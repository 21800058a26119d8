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

/** STR-206: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Str206CaseForChangeMissingTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.area(Area.PEDAGOGY, plan(TargetConsistency.COMMON, Consistency.PARTLY, Approach.CENTRAL, Evidence.NONE));

        Finding f = only(Fixtures.findings(trust, "STR-206"));

        assertContains(f, "Pedagogy is to become common (now partly aligned)");
        assertEquals("alignment.areas.pedagogy.evidence", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.area(
                Area.PEDAGOGY,
                plan(TargetConsistency.SHARED_PRINCIPLES, Consistency.PARTLY, Approach.CENTRAL, Evidence.NONE));

        assertEquals(List.of(), Fixtures.findings(trust, "STR-206"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Area;

/** STR-205: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Str205BackOfficeLeftToSchoolsTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.withoutArea(Area.BACK_OFFICE);

        Finding f = only(Fixtures.findings(trust, "STR-205"));

        assertContains(f, "Back office is undecided across the trust's 4 schools");
        assertEquals("backOffice", f.subject());
        assertEquals("alignment.areas", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.withoutArea(Area.BACK_OFFICE);
        trust.schoolCount(1);

        assertEquals(List.of(), Fixtures.findings(trust, "STR-205"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.ImprovementRole;

/** BRK-505: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk505CeoDeliversImprovementTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.ceoRole = ImprovementRole.DELIVERS;

        Finding f = only(Fixtures.findings(trust, "BRK-505"));

        assertContains(f, "across 4 schools, more than 3");
        assertEquals("operatingModel.ceo.improvementRole", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.ceoRole = ImprovementRole.DELIVERS;
        trust.schoolCount(3);

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-505"));
    }
}

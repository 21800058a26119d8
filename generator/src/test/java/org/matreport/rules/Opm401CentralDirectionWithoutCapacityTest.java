package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Focus;
import org.matreport.model.ModelKind;

/** OPM-401: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Opm401CentralDirectionWithoutCapacityTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.models(ModelKind.CLUSTERS);
        trust.onlyRole(Focus.OPERATIONS);

        Finding f = only(Fixtures.findings(trust, "OPM-401"));

        assertContains(f, "Pedagogy, assessment and leadership development are to be directed centrally", "(clusters)");
        assertEquals("alignment.areas.pedagogy.approach", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.models(ModelKind.CLUSTERS);
        trust.onlyRole(Focus.IMPROVEMENT_DELIVERY);

        assertEquals(List.of(), Fixtures.findings(trust, "OPM-401"));
    }
}

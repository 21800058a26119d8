package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.ModelKind;

/** OPM-404: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Opm404ConsultantsOnlyTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.models(ModelKind.CONSULTANTS);

        Finding f = only(Fixtures.findings(trust, "OPM-404"));

        assertContains(f, "4 schools rely on consultants alone");
        assertEquals("operatingModel.models", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.models(ModelKind.CONSULTANTS, ModelKind.HUB);

        assertEquals(List.of(), Fixtures.findings(trust, "OPM-404"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.ModelKind;

/** OPM-403: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Opm403NetworkCannotDirectTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.models(ModelKind.NETWORK);

        Finding f = only(Fixtures.findings(trust, "OPM-403"));

        assertContains(f, "only through a self-improving network", "pedagogy, assessment and leadership development");
        assertEquals("operatingModel.models", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.models(ModelKind.NETWORK, ModelKind.CENTRAL_EXPERTISE);

        assertEquals(List.of(), Fixtures.findings(trust, "OPM-403"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.ModelKind;

/** OPM-402: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Opm402ConvergenceWithoutForumTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.models(ModelKind.CENTRAL_EXPERTISE);
        trust.groups.clear();

        Finding f = only(Fixtures.findings(trust, "OPM-402"));

        assertContains(
                f,
                "Curriculum and teacher development are to converge collaboratively",
                "(in-house central expertise)");
        assertEquals("alignment.areas.curriculum.approach", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.models(ModelKind.CENTRAL_EXPERTISE);

        assertEquals(List.of(), Fixtures.findings(trust, "OPM-402"));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.BoardRepresentation;

/** BRK-502: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk502BoardRepresentsEverySchoolTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.localGovernorsOnBoard = BoardRepresentation.ALL;
        trust.schoolCount(6);

        Finding f = only(Fixtures.findings(trust, "BRK-502"));

        assertContains(f, "6 schools (threshold 6)");
        assertEquals("operatingModel.governance.localGovernorsOnBoard", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.localGovernorsOnBoard = BoardRepresentation.ALL;
        trust.schoolCount(5);

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-502"));
    }
}

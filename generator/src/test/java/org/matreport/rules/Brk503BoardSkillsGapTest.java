package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.BoardSkill;

/** BRK-503: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk503BoardSkillsGapTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.skills.removeAll(List.of(BoardSkill.LEGAL, BoardSkill.AUDIT_RISK));

        List<Finding> found = Fixtures.findings(trust, "BRK-503");
        RuleAssertions.assertCount(2, found);
        Finding f = found.stream()
                .filter(x -> "legal".equals(x.subject()))
                .findFirst()
                .orElseThrow();

        assertContains(f, "4 schools lacks legal expertise (missing in all: legal and audit and risk)");
        assertEquals("legal", f.subject());
        assertEquals("operatingModel.governance.skills", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.skills.removeAll(List.of(BoardSkill.LEGAL, BoardSkill.AUDIT_RISK));
        trust.schoolCount(1);

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-503"));
    }
}

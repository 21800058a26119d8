package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Area;
import org.matreport.model.PolicyChange;

/** BRK-531: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk531PolicyChangeUnassessedTest {

    private static TrustBuilder expecting(String effective, String assessed, String owner) {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.policy.add(new PolicyChange(
                "inspection-framework",
                "New inspection framework",
                LocalDate.parse(effective),
                List.of(Area.CURRICULUM, Area.PEDAGOGY),
                assessed == null ? null : LocalDate.parse(assessed),
                owner,
                null));
        return trust;
    }

    @Test
    void fires() {
        // The board meets on 2026-12-10; 18 months on is 2028-06-10.
        TrustBuilder trust = expecting("2028-06-10", null, "Director of Education");

        Finding f = only(Fixtures.findings(trust, "BRK-531"));

        assertContains(f, "'New inspection framework' takes effect on 2028-06-10", "has not been assessed");
        assertEquals("inspection-framework", f.subject());
        assertEquals(LocalDate.of(2028, 6, 10), f.when().date());
        assertEquals(List.of(), f.when().joining());
    }

    @Test
    void aChangeAlreadyInEffectWithNoOwnerIsReportedNow() {
        TrustBuilder trust = expecting("2026-09-01", "2026-06-01", null);

        Finding f = only(Fixtures.findings(trust, "BRK-531"));

        assertContains(f, "took effect on 2026-09-01", "has no owner");
        assertTrue(f.when().isNow());
    }

    @Test
    void nearMissDoesNotFire() {
        // A day beyond the horizon: too far ahead to press on this board.
        assertEquals(List.of(), Fixtures.findings(expecting("2028-06-11", null, null), "BRK-531"));
        // Within the horizon, but owned and assessed.
        assertEquals(
                List.of(),
                Fixtures.findings(expecting("2027-09-01", "2026-11-20", "Director of Education"), "BRK-531"));
    }
}

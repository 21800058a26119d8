package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.assertCount;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.joining;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Performance;
import org.matreport.model.Phase;
import org.matreport.model.Region;

/** BRK-515: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk515NewPhaseJoiningTest {

    private static void join(TrustBuilder trust, String name, String expected, Phase phase) {
        trust.growth.add(joining(joining(name, null, expected, Region.NORTH_WEST, 120, Performance.SECURE), phase));
    }

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        join(trust, "Fellside Special School", "2027-09-01", Phase.SPECIAL);

        Finding f = only(Fixtures.findings(trust, "BRK-515"));

        assertContains(f, "Fellside Special School, expected on 1 September 2027", "first special school");
        assertEquals("Fellside Special School", f.subject());
        assertEquals("growth[0].phase", f.path());
        assertEquals(LocalDate.of(2027, 9, 1), f.when().date());
    }

    @Test
    void nearMissDoesNotFire() {
        // The baseline already has a secondary school, Dalton High School.
        TrustBuilder trust = TrustBuilder.coherent();
        join(trust, "Moorside High School", "2027-09-01", Phase.SECONDARY);

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-515"));
    }

    @Test
    void onlyTheFirstSchoolOfANewPhaseIsABreakPoint() {
        TrustBuilder trust = TrustBuilder.coherent();
        join(trust, "Beckside Special School", "2028-09-01", Phase.SPECIAL);
        join(trust, "Fellside Special School", "2027-09-01", Phase.SPECIAL);

        Finding f = only(Fixtures.findings(trust, "BRK-515"));

        assertCount(1, Fixtures.findings(trust, "BRK-515"));
        assertEquals("Fellside Special School", f.subject());
    }
}

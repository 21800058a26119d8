package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.joining;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Performance;
import org.matreport.model.Region;

/** BRK-507: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk507HighPerformerJoiningAlignedTrustTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.growth.add(
                joining("Borealis High School", 100009, "2027-09-01", Region.NORTH_WEST, 900, Performance.HIGH));

        Finding f = only(Fixtures.findings(trust, "BRK-507"));

        assertContains(f, "Borealis High School", "1 September 2027");
        assertEquals("100009", f.subject());
        assertEquals("growth[0].performance", f.path());
        // Like the glass ceiling, a school-by-school break point arrives with the school.
        assertEquals(LocalDate.of(2027, 9, 1), f.when().date());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.growth.add(
                joining("Borealis High School", 100009, "2027-09-01", Region.NORTH_WEST, 900, Performance.SECURE));

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-507"));
    }
}

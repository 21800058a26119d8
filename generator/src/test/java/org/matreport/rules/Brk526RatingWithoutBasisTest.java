package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.joining;
import static org.matreport.rules.TrustBuilder.withBasis;
import static org.matreport.rules.TrustBuilder.withPerformance;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.GrowthSchool;
import org.matreport.model.Performance;
import org.matreport.model.Region;

/** BRK-526: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Brk526RatingWithoutBasisTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(0, s -> withBasis(s));

        Finding f = only(Fixtures.findings(trust, "BRK-526"));

        assertContains(f, "Aurora Primary Academy is rated high with nothing recorded");
        assertEquals("schools[0].performance", f.path());
        assertTrue(f.when().isNow());
    }

    @Test
    void aJoiningSchoolRatedWithoutBasisArrivesWithTheSchool() {
        TrustBuilder trust = TrustBuilder.coherent();
        GrowthSchool g = joining("Larch Academy", 100010, "2027-09-01", Region.NORTH_WEST, 300, Performance.CONCERN);
        trust.growth.add(new GrowthSchool(
                g.name(),
                g.urn(),
                g.expected(),
                g.phase(),
                g.region(),
                g.localAuthority(),
                g.pupils(),
                g.group(),
                g.performance(),
                List.of()));

        Finding f = only(Fixtures.findings(trust, "BRK-526"));

        assertContains(f, "Larch Academy is rated concern");
        assertEquals(LocalDate.of(2027, 9, 1), f.when().date());
    }

    @Test
    void nearMissDoesNotFire() {
        // A secure rating is not one the glass ceiling or floor turns on, so it needs no recorded basis here.
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(0, s -> withBasis(withPerformance(s, Performance.SECURE)));

        assertEquals(List.of(), Fixtures.findings(trust, "BRK-526"));
    }
}

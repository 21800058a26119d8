package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;
import static org.matreport.rules.TrustBuilder.school;
import static org.matreport.rules.TrustBuilder.withPerformance;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Focus;
import org.matreport.model.ModelKind;
import org.matreport.model.Performance;
import org.matreport.model.Region;

/**
 * A message names a school as trustees know it, by name; its URN stays the finding's subject, for acknowledgements
 * and machines, and joins the name only when two schools of the trust share it.
 */
class SchoolNamesTest {

    @Test
    void aSchoolIsNamedWithoutItsUrnAndTheSubjectKeepsIt() {
        TrustBuilder trust = concernWithoutCapacity();

        Finding f = only(Fixtures.findings(trust, "BRK-525"));

        assertContains(f, "Cedar Primary is a cause for concern");
        assertFalse(f.message().contains("100003"), f.message());
        assertEquals("100003", f.subject());
    }

    @Test
    void twoSchoolsOfOneNameAreToldApartByTheirUrns() {
        TrustBuilder trust = concernWithoutCapacity();
        trust.schools.add(school(100005, "Cedar Primary", Region.NORTH_WEST, 180, Performance.CONCERN));

        List<String> messages = Fixtures.findings(trust, "BRK-525").stream()
                .map(Finding::message)
                .sorted()
                .toList();

        List<String> named = messages.stream()
                .map(m -> m.substring(0, m.indexOf(" is a cause for concern")))
                .toList();
        assertEquals(List.of("Cedar Primary (100003)", "Cedar Primary (100005)"), named);
    }

    /** Cedar Primary causes concern, and nobody can deliver improvement: BRK-525 fires for it. */
    private static TrustBuilder concernWithoutCapacity() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.school(2, s -> withPerformance(s, Performance.CONCERN));
        trust.onlyRole(Focus.IMPROVEMENT_LEADERSHIP);
        trust.models(ModelKind.NETWORK);
        return trust;
    }
}

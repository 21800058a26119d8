package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.matreport.model.Area;
import org.matreport.model.BoardSkill;
import org.matreport.model.Severity;

class OrderAndDecisionTest {

    /** A trust with an error, warnings across links and infos. */
    private static TrustBuilder untidy() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.withoutArea(Area.PEDAGOGY); // STR-201 error
        trust.skills.remove(BoardSkill.FINANCE); // BRK-503 warning
        trust.mission = null; // VIS-104 warning
        trust.overlap = true; // INT-603 warning
        trust.researchPercent = 2.0; // INT-606 info
        trust.values.clear();
        trust.withoutArea(Area.IDENTITY); // STR-209 info
        return trust;
    }

    @Test
    void findingsSortBySeverityThenLinkThenRuleThenLocation() {
        List<String> ids = Fixtures.check(untidy()).findings().stream()
                .map(Finding::ruleId)
                .toList();

        assertEquals(List.of("STR-201", "VIS-104", "BRK-503", "INT-603", "STR-209", "INT-606"), ids);
    }

    @Test
    void theOrderDoesNotDependOnTheOrderFindingsArrive() {
        CheckResult result = Fixtures.check(untidy());
        List<Finding> shuffled = new ArrayList<>(result.findings());
        Collections.shuffle(shuffled, new Random(7));

        CheckResult again = new CheckResult(shuffled, result.disabled(), result.thresholds(), result.referenceDate());

        assertEquals(result.findings(), again.findings());
    }

    @Test
    void twoRunsGiveEqualResults() {
        assertEquals(Fixtures.check(untidy()), Fixtures.check(untidy()));
    }

    @Test
    void theFailDecisionFollowsTheLevel() {
        CheckResult result = Fixtures.check(untidy());

        assertTrue(result.fails(FailOn.ERROR));
        assertTrue(result.fails(FailOn.WARNING));
        assertTrue(result.fails(FailOn.INFO));
        assertFalse(result.fails(FailOn.NONE));
    }

    @Test
    void warningsAloneFailOnlyAtWarningOrBelow() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.overlap = true;
        CheckResult result = Fixtures.check(trust);

        assertFalse(result.fails(FailOn.ERROR));
        assertTrue(result.fails(FailOn.WARNING));
        assertTrue(result.fails(FailOn.INFO));
        assertEquals(1, result.count(Severity.WARNING));
    }

    @Test
    void infosFailOnlyAtInfo() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.researchPercent = 2.0;
        CheckResult result = Fixtures.check(trust);

        assertFalse(result.fails(FailOn.WARNING));
        assertTrue(result.fails(FailOn.INFO));
    }

    @Test
    void anAcknowledgedErrorNoLongerFails() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.withoutArea(Area.PEDAGOGY);
        trust.acknowledge("STR-201", "pedagogy", "2027-06-30");

        assertFalse(Fixtures.check(trust).fails(FailOn.INFO));
    }

    @Test
    void failOnReadsTheWordsUsersType() {
        assertEquals(FailOn.WARNING, FailOn.parse(" Warning "));
        assertEquals(FailOn.NONE, FailOn.parse("none"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> FailOn.parse("fatal"));
        assertTrue(e.getMessage().contains("error, warning, info or none"));
    }
}

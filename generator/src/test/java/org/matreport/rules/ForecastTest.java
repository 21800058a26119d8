package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matreport.rules.TrustBuilder.joining;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matreport.model.Area;
import org.matreport.model.Consistency;
import org.matreport.model.Focus;
import org.matreport.model.Performance;
import org.matreport.model.Region;
import org.matreport.model.TargetConsistency;

class ForecastTest {

    /** Eight schools, no education lead: oversight is fine now and breaks when the tenth school arrives. */
    private static TrustBuilder growingTrust() {
        TrustBuilder trust = TrustBuilder.coherent().schoolCount(8).onlyRole(Focus.IMPROVEMENT_DELIVERY);
        trust.growth.add(joining("Harbour Primary", null, "2028-09-01", Region.NORTH_WEST, 300, Performance.SECURE));
        trust.growth.add(
                joining("Fell View Academy", 100020, "2027-09-01", Region.NORTH_WEST, 250, Performance.SECURE));
        trust.growth.add(joining("Glen Primary", 100021, "2027-09-01", Region.NORTH_WEST, 250, Performance.IMPROVING));
        return trust;
    }

    @Test
    void aBreakPointFirstReachedAtAGrowthDateIsReportedOnceWithDateAndJoiningSchools() {
        List<Finding> found = Fixtures.findings(growingTrust(), "BRK-501");

        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertFalse(f.when().isNow());
        assertEquals(LocalDate.of(2027, 9, 1), f.when().date());
        assertEquals(List.of("Fell View Academy", "Glen Primary"), f.when().joining());
        assertTrue(f.message().contains("10 schools"), f.message());
        assertEquals("growth", f.path());
        assertTrue(f.toString().endsWith("[ahead 2027-09-01 (Fell View Academy, Glen Primary)]"), f.toString());
    }

    @Test
    void aBreakPointAlreadyTrueNowIsNotRepeatedAsAForecast() {
        TrustBuilder trust = growingTrust().schoolCount(10);

        List<Finding> found = Fixtures.findings(trust, "BRK-501");

        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).when().isNow());
    }

    @Test
    void aJoiningSchoolInANewRegionIsForecastAsIsolatedUnderItsOwnSubject() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.growth.add(joining("Harbour Primary", null, "2028-09-01", Region.SOUTH_WEST, 300, Performance.SECURE));

        List<Finding> found = Fixtures.findings(trust, "BRK-514");

        assertEquals(1, found.size(), found::toString);
        assertEquals("Harbour Primary", found.get(0).subject());
        assertEquals("growth[0].region", found.get(0).path());
        assertEquals(LocalDate.of(2028, 9, 1), found.get(0).when().date());
        assertEquals("growth.yaml:2:5", found.get(0).location().toString());
    }

    @Test
    void aRuleAboutOneSchoolThatHoldsNowIsANewBreakPointWhenAnotherSchoolBringsItLater() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.cluster = org.matreport.model.Cluster.AUTONOMY;
        trust.directedIntervention = false;
        trust.school(2, s -> TrustBuilder.withPerformance(s, Performance.CONCERN));
        trust.growth.add(joining("Larch Academy", 100010, "2027-09-01", Region.NORTH_WEST, 300, Performance.CONCERN));

        List<Finding> found = Fixtures.findings(trust, "BRK-522");

        assertEquals(2, found.size(), found::toString);
        Map<String, When> bySchool = new HashMap<>();
        found.forEach(f -> bySchool.put(f.subject(), f.when()));
        assertTrue(bySchool.get("100003").isNow(), found::toString);
        assertEquals(LocalDate.of(2027, 9, 1), bySchool.get("100010").date(), found::toString);
    }

    @Test
    void rulesOutsideGrowthAreNotForecast() {
        TrustBuilder trust = TrustBuilder.coherent().schoolCount(1);
        trust.area(
                Area.BACK_OFFICE, TrustBuilder.plan(TargetConsistency.SCHOOL_LED, Consistency.SCHOOL_LED, null, null));
        trust.growth.add(joining("Harbour Primary", null, "2028-09-01", Region.NORTH_WEST, 300, Performance.SECURE));

        // The second school would make a school-led back office a finding, but STR-205 is judged now only.
        assertEquals(List.of(), Fixtures.findings(trust, "STR-205"));
    }

    @Test
    void groupSizeIsForecastWithTheSchoolsJoiningTheGroup() {
        TrustBuilder trust = TrustBuilder.coherent().schoolCount(6);
        trust.growth.add(joining("Harbour Primary", null, "2028-09-01", Region.NORTH_WEST, 300, Performance.SECURE));

        Finding f = RuleAssertions.only(Fixtures.findings(trust, "OPM-408"));

        assertEquals(LocalDate.of(2028, 9, 1), f.when().date());
        assertEquals(List.of("Harbour Primary"), f.when().joining());
        RuleAssertions.assertContains(f, "North Hub will hold", "7 schools, more than the 6");
    }

    @Test
    void aForecastIsListedAmongTheResultsAhead() {
        CheckResult result = Fixtures.check(growingTrust());

        assertEquals(
                List.of("BRK-501"), result.ahead().stream().map(Finding::ruleId).toList());
        assertTrue(result.now().stream().noneMatch(f -> f.ruleId().equals("BRK-501")));
    }

    @Test
    void theNewSchoolPolicyGapBecomesAnErrorWhenGrowthIsPlanned() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.newSchoolPolicy = null;
        trust.growth.add(joining("Harbour Primary", null, "2028-09-01", Region.NORTH_WEST, 300, Performance.SECURE));

        Finding f = Fixtures.findings(trust, "BRK-506").get(0);

        assertEquals(org.matreport.model.Severity.ERROR, f.severity());
        assertTrue(f.message().contains("1 school is expected to join"), f.message());
    }
}

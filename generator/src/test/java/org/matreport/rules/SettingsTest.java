package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Threshold;
import org.matreport.model.Focus;
import org.matreport.model.Severity;

class SettingsTest {

    @Test
    void aTrustCanRaiseARulesSeverity() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.researchPercent = 1.5;
        trust.severities.put("INT-606", Severity.ERROR);

        CheckResult result = Fixtures.check(trust);

        assertEquals(Severity.ERROR, Fixtures.findings(trust, "INT-606").get(0).severity());
        assertTrue(result.fails(FailOn.ERROR));
    }

    @Test
    void aTrustCanLowerAnEscalatedSeverity() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.newSchoolPolicy = null;
        trust.growth.add(TrustBuilder.joining(
                "Harbour Primary",
                null,
                "2028-09-01",
                org.matreport.model.Region.NORTH_WEST,
                300,
                org.matreport.model.Performance.SECURE));
        trust.severities.put("BRK-506", Severity.INFO);

        assertEquals(Severity.INFO, Fixtures.findings(trust, "BRK-506").get(0).severity());
    }

    @Test
    void aDisabledRuleDoesNotRunAndIsListed() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.researchPercent = 1.5;
        trust.disabled.add("INT-606");

        CheckResult result = Fixtures.check(trust);

        assertEquals(List.of(), result.findings());
        assertEquals(
                List.of("INT-606"), result.disabled().stream().map(RuleInfo::id).toList());
    }

    @Test
    void anAcknowledgementOfADisabledRuleIsStaleAndSaysWhy() {
        TrustBuilder trust = TrustBuilder.coherent().acknowledge("INT-606", null, "2027-03-31");
        trust.disabled.add("INT-606");

        Finding stale = Fixtures.check(trust).findings().get(0);

        assertTrue(stale.message().contains("disabled"), stale.message());
    }

    @Test
    void aThresholdOverrideReplacesTheDefault() {
        TrustBuilder trust = TrustBuilder.coherent().onlyRole(Focus.IMPROVEMENT_DELIVERY);
        assertEquals(List.of(), Fixtures.findings(trust, "BRK-501"));

        trust.thresholds.put("oversightSchools", 4.0);
        List<Finding> found = Fixtures.findings(trust, "BRK-501");

        assertEquals(1, found.size());
        assertTrue(
                found.get(0).message().contains("threshold 4 schools"),
                found.get(0).message());
        assertEquals(4.0, Fixtures.check(trust).thresholds().get(Threshold.OVERSIGHT_SCHOOLS));
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.matreport.model.Severity;

class CoherentBaselineTest {

    @Test
    void aCoherentTrustHasNoFindings() {
        CheckResult result = Fixtures.check(TrustBuilder.coherent());

        assertEquals("", result.findings().stream().map(Finding::toString).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(0, result.count(Severity.ERROR));
        assertFalse(result.fails(FailOn.INFO));
    }

    @Test
    void everyCatalogueRuleHasACheck() {
        assertEquals(51, Rulebook.rules().size());
        assertEquals(Rulebook.catalogue().size(), Rulebook.rules().size());
    }
}

package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.catalogue.Link;
import org.matreport.catalogue.Threshold;
import org.matreport.model.Severity;

/**
 * A rule reads only the thresholds its catalogue entry declares, so the two cannot drift apart. Every rule's own test
 * runs it through the same gate, so a rule of the catalogue reading an undeclared threshold fails there.
 */
class RuleThresholdsTest {

    private static final RuleContext TRUST =
            RuleContext.now(TrustBuilder.coherent().build());

    @Test
    void aThresholdTheRuleDeclaresCanBeRead() {
        Rule rule = rule(List.of(Threshold.GROUP_SIZE));
        assertEquals(List.of(), rule.apply(TRUST));
    }

    @Test
    void aThresholdTheRuleDoesNotDeclareCannotBeRead() {
        Rule rule = rule(List.of(Threshold.OVERSIGHT_SCHOOLS));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> rule.apply(TRUST));
        assertTrue(refused.getMessage().contains("groupSize"), refused.getMessage());
    }

    /** A rule whose check reads groupSize, declaring the thresholds given. */
    private static Rule rule(List<Threshold> declared) {
        return Rule.declare("TST-001")
                .name("test-rule")
                .severity(Severity.INFO)
                .link(Link.ALIGNMENT_TO_OPERATING_MODEL)
                .thresholds(declared.toArray(Threshold[]::new))
                .source("a test")
                .rationale("a test")
                .action("a test")
                .check(trust -> {
                    trust.threshold(Threshold.GROUP_SIZE);
                    return List.of();
                });
    }
}

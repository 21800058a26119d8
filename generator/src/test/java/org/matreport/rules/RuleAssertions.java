package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Assertions shared by the rule tests. */
final class RuleAssertions {

    private RuleAssertions() {}

    /** The first finding, after checking the rule fired; tests of rules that fire per item check the count apart. */
    /** The one finding the rule made: it fired, and only once. */
    static Finding only(List<Finding> findings) {
        assertTrue(!findings.isEmpty(), "the rule should fire");
        assertEquals(1, findings.size(), () -> "the rule should fire once, not for each of " + findings);
        return findings.get(0);
    }

    static void assertContains(Finding finding, String... parts) {
        for (String part : parts) {
            assertTrue(
                    finding.message().contains(part),
                    () -> "message should contain '" + part + "': " + finding.message());
        }
    }

    static void assertCount(int expected, List<Finding> findings) {
        assertEquals(expected, findings.size(), () -> "findings: " + findings);
    }
}

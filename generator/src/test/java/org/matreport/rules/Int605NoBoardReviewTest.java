package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.ReviewFrequency;

/** INT-605: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Int605NoBoardReviewTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.improvementReview = null;

        Finding f = only(Fixtures.findings(trust, "INT-605"));

        assertContains(f, "Northern Lights Academy Trust", "no regular review");
        assertEquals("operatingModel.governance.improvementReview", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.improvementReview = ReviewFrequency.ANNUALLY;

        assertEquals(List.of(), Fixtures.findings(trust, "INT-605"));
    }
}

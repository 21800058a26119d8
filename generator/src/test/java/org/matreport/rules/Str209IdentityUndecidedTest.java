package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matreport.rules.RuleAssertions.assertContains;
import static org.matreport.rules.RuleAssertions.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Area;

/** STR-209: fires on a trust bent just far enough, and stays quiet on a near miss. */
class Str209IdentityUndecidedTest {

    @Test
    void fires() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.withoutArea(Area.IDENTITY);
        trust.values.clear();

        Finding f = only(Fixtures.findings(trust, "STR-209"));

        assertContains(f, "4 schools", "neither stated values nor a decided identity");
        assertEquals("alignment.areas", f.path());
    }

    @Test
    void nearMissDoesNotFire() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.withoutArea(Area.IDENTITY);

        assertEquals(List.of(), Fixtures.findings(trust, "STR-209"));
    }
}

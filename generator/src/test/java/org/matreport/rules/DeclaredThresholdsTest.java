package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.catalogue.RuleCatalogue;
import org.matreport.catalogue.RuleInfo;

/** A check may read only the thresholds its rule declares, so that the catalogue lists every figure a rule uses. */
class DeclaredThresholdsTest {

    @Test
    void aThresholdTheRuleDoesNotDeclareIsRefused() {
        RuleInfo groupSize = RuleCatalogue.rule("OPM-408").orElseThrow();
        RuleContext view = RuleContext.now(TrustBuilder.coherent().build()).forRule(groupSize);

        assertEquals(6, view.threshold("groupSize"));
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> view.threshold("researchPercent"));
        assertTrue(refused.getMessage().contains("OPM-408 reads the threshold researchPercent"), refused.getMessage());
    }

    private static List<String> ids(TrustBuilder trust) {
        return Fixtures.check(trust).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void everyRuleRunsOnTrustsThatReachItsThresholdsWithoutReadingAnUndeclaredOne() {
        // Large and spread enough for every threshold's branch to be read: schools, pupils, regions, a delivering
        // chief executive, a board of every school, no other channels, few sources, no investment recorded.
        TrustBuilder large = TrustBuilder.coherent().schoolCount(12);
        large.centralTeam.clear();
        large.localGovernorsOnBoard = org.matreport.model.BoardRepresentation.ALL;
        large.channels.clear();
        large.sources = new java.util.ArrayList<>(List.of(org.matreport.model.IntelligenceSource.OUTCOMES));
        large.researchPercent = null;
        large.school(1, s -> TrustBuilder.withRegion(s, org.matreport.model.Region.LONDON));
        large.school(2, s -> TrustBuilder.withRegion(s, org.matreport.model.Region.SOUTH_WEST));
        TrustBuilder small = TrustBuilder.coherent();
        small.centralTeam.clear();
        // Each of these checks read its thresholds through the engine's view for that rule, and none was refused.
        assertTrue(ids(large).containsAll(List.of("OPM-408", "BRK-501", "BRK-502", "BRK-504", "INT-601", "INT-606")));
        assertTrue(ids(small).contains("BRK-509"), ids(small).toString());
    }
}

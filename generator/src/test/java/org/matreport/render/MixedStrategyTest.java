package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.model.Cluster;
import org.matreport.model.Strategy;
import org.matreport.model.Trust;

/**
 * mixed is this project's category, not a research cluster: the pack never calls it Cluster 3 or the middle, and
 * the spectrum keeps the research's two clusters at its ends, with a mixed trust's own choice marked between them.
 */
class MixedStrategyTest {

    private static Trust withCluster(Cluster cluster) {
        Trust base = TestTrusts.northernLights();
        return new Trust(
                base.schema(),
                base.profile(),
                base.vision(),
                new Strategy(cluster, "Curriculum in common, pedagogy left to schools."),
                base.alignment(),
                base.operatingModel(),
                base.schools(),
                base.growth(),
                base.policy(),
                base.acknowledgements(),
                base.settings());
    }

    @Test
    void aMixedTrustIsMarkedAsItsOwnChoiceBetweenTheTwoClusters() {
        StrategyView view = StrategyView.of(withCluster(Cluster.MIXED));

        assertEquals(
                List.of(StrategyView.AUTONOMY, StrategyView.MIXED, StrategyView.ALIGNMENT),
                view.spectrum().stream().map(StrategyView.SpectrumPoint::name).toList());
        assertFalse(view.spectrum().get(1).mark().isEmpty());
        assertTrue(view.position().contains("not one of the research's clusters"), view.position());
        Chart chart = SpectrumChart.draw(Cluster.MIXED, view.spectrum());
        assertTrue(chart.description().contains("own position: Mixed: this trust's own choice"), chart.description());
        for (String text : List.of(view.position(), chart.description(), chart.svg())) {
            assertFalse(text.contains("Cluster 3"), text);
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("middle position"), text);
        }
    }

    @Test
    void aTrustAtAnEndSeesOnlyTheResearchsTwoClusters() {
        StrategyView view = StrategyView.of(withCluster(Cluster.AUTONOMY));

        assertEquals(
                List.of(StrategyView.AUTONOMY, StrategyView.ALIGNMENT),
                view.spectrum().stream().map(StrategyView.SpectrumPoint::name).toList());
        assertFalse(view.spectrum().get(0).mark().isEmpty());
        assertFalse(SpectrumChart.draw(Cluster.AUTONOMY, view.spectrum()).svg().contains("Mixed"));
    }
}

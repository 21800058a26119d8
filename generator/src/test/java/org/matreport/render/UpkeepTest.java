package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matreport.model.Severity.INFO;

import org.junit.jupiter.api.Test;
import org.matreport.rules.Finding;

/** Advice that reads the data: the pack never asks the board to record a figure it prints. */
class UpkeepTest {

    @Test
    void aRecordedShareIsReviewedNotRecordedAgain() {
        Finding low = MadeFindings.now("INT-606", INFO);
        // The test trust records 1.5%: the finding is about the level, a question for the board.
        assertTrue(Upkeep.researchShareRecorded(TestTrusts.northernLights()));
        assertFalse(Upkeep.isUpkeep(low, TestTrusts.northernLights()));
        assertEquals(
                "Review the share of revenue spent on research, development and training against the trust's plans.",
                Upkeep.advice(low, TestTrusts.northernLights()));
    }

    @Test
    void outcomesWithoutABaselineAreTheStrategyTeamsToComplete() {
        assertTrue(Upkeep.isUpkeep(MadeFindings.now("VIS-102", INFO), TestTrusts.northernLights()));
        Reading reading = MadeFindings.reading(MadeFindings.now("VIS-102", INFO), MadeFindings.now("INT-601", INFO));
        assertEquals(1, reading.upkeep().size());
        assertEquals("INT-601", reading.forTheBoard().get(0).ruleId());
    }
}

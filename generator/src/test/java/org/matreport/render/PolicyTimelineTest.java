package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Rulebook;
import org.matreport.support.SourceVersion;

/** The policy register on the growth timeline: each change on its date, with its owner and whether it was assessed. */
class PolicyTimelineTest {

    @TempDir
    Path out;

    private PackView view() throws Exception {
        LoadedTrust trust = new TrustLoader(Rulebook.ids())
                .load(TestFiles.copy(
                        TestFiles.resource("trusts/rules/brk-531-policy-change-unassessed"), out.resolve("trust")));
        return PackView.of(
                trust,
                new CoherenceCheck().run(trust, Packs.TODAY),
                new PackView.Making(SourceVersion.NONE, Instant.EPOCH, false));
    }

    @Test
    void eachChangeStandsOnTheTimelineWithItsOwnerAndAssessment() throws Exception {
        PackView view = view();
        Chart timeline = view.chart("timeline").orElseThrow();

        assertTrue(
                timeline.description()
                        .contains("New school inspection framework, takes effect 1 September 2027, owner Director"
                                + " of Education, assessed not yet"),
                timeline.description());
        assertTrue(
                timeline.description()
                        .contains("Reform of the school funding formula, takes effect 1 April 2028,"
                                + " owner Chief Operating Officer, assessed 4 November 2026"),
                timeline.description());
        // No school joins, so the columns come from the policy register alone.
        assertTrue(timeline.svg().contains(">1 Sep 2027<"), timeline.svg());
        assertTrue(timeline.svg().contains(">1 Apr 2028<"), timeline.svg());
        assertTrue(
                timeline.svg().contains(Svg.escape(Svg.fit("Policy: New school inspection framework", 36))),
                timeline.svg());
        // The unassessed change is a break point ahead on its own date.
        BreakPointView brk531 = view.breakPoints().stream()
                .filter(p -> p.rule().equals("BRK-531"))
                .findFirst()
                .orElseThrow();
        assertEquals(BreakPointView.State.AHEAD, brk531.state());
        assertEquals(LocalDate.of(2027, 9, 1), brk531.date());
    }

    @Test
    void theGrowthSectionListsTheRegister() throws Exception {
        GrowthView growth = view().growth();

        assertEquals(2, growth.policy().size());
        assertEquals("not yet", growth.policy().get(0).assessed());
        assertEquals("Chief Operating Officer", growth.policy().get(1).owner());
        assertEquals("back office", growth.policy().get(1).areas());
    }
}

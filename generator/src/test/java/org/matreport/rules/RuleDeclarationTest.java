package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matreport.catalogue.Link;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Threshold;
import org.matreport.model.Severity;

/**
 * A rule is one declaration whose every part is set by a step that names it: the parts land where their names say,
 * and a declaration that leaves a part out or sets one twice stops the rulebook instead of printing a blank.
 */
class RuleDeclarationTest {

    @Test
    void eachStepSetsThePartItNames() {
        RuleInfo info = Rule.declare("TST-002")
                .name("test-rule")
                .severity(Severity.WARNING)
                .link(Link.VISION)
                .thresholds(Threshold.GROUP_SIZE)
                .source("the source")
                .rationale("the rationale")
                .action("the action")
                .info();

        assertEquals("test-rule", info.name());
        assertEquals(Severity.WARNING, info.severity());
        assertEquals(Link.VISION, info.link());
        assertEquals(List.of(Threshold.GROUP_SIZE), info.thresholds());
        assertEquals("the source", info.source());
        assertEquals("the rationale", info.rationale());
        assertEquals("the action", info.action());
        assertFalse(info.forecast(), "only break points and rules declared forecast run at growth dates");
    }

    @Test
    void aBreakPointIsForecastAndSoIsARuleThatSaysSo() {
        assertTrue(complete("TST-003").link(Link.GROWTH).info().forecast());
        assertTrue(complete("TST-004").link(Link.VISION).forecast().info().forecast());
    }

    @Test
    void aDeclarationWithoutAnActionIsRefused() {
        Rule.Declaration noAction = Rule.declare("TST-005")
                .name("test-rule")
                .severity(Severity.INFO)
                .link(Link.VISION)
                .source("the source")
                .rationale("the rationale");

        IllegalStateException refused = assertThrows(IllegalStateException.class, noAction::info);
        assertEquals("rule TST-005 is declared without an action", refused.getMessage());
    }

    @Test
    void aPartSetTwiceIsRefused() {
        Rule.Declaration twice = complete("TST-006");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> twice.rationale("again"));
        assertEquals("rule TST-006 is declared with a rationale twice", refused.getMessage());
    }

    @Test
    void theRulebookHoldsEachIdOnceAndTheChecksOutsideItApart() {
        Set<String> ids = new HashSet<>();
        for (Rule rule : Rulebook.rules()) {
            assertTrue(ids.add(rule.id()), "two rules are declared " + rule.id());
        }
        assertEquals(ids, new HashSet<>(Rulebook.ids().ids()));
        assertFalse(ids.contains(Rulebook.staleAcknowledgement().id()));
        assertFalse(ids.contains(Rulebook.starterText().id()));
        assertEquals(
                Rulebook.catalogue(), Rulebook.rules().stream().map(Rule::info).toList());
    }

    /** Every part but the link. */
    private static Rule.Declaration complete(String id) {
        return Rule.declare(id)
                .name("test-rule")
                .severity(Severity.INFO)
                .source("the source")
                .rationale("the rationale")
                .action("the action");
    }
}

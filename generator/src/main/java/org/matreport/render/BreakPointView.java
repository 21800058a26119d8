package org.matreport.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.matreport.catalogue.RuleCatalogue;
import org.matreport.catalogue.RuleInfo;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;
import org.matreport.text.Words;

/**
 * Where the trust stands against each break point of the catalogue: reached now, ahead on a growth date (and which
 * joining schools bring it), not reached on the plan as it stands, or not checked because the trust turned it off.
 */
public record BreakPointView(
        String rule,
        String name,
        State state,
        String stateText,
        LocalDate date,
        String when,
        String joining,
        String detail) {

    /** A break point's place on the timeline. */
    public enum State {
        NOW("reached now"),
        AHEAD("ahead"),
        NOT_REACHED("not reached"),
        NOT_CHECKED("not checked");

        private final String text;

        State(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** What an empty cell says. */
    private static final String NONE = "–";

    /** Every break-point rule in catalogue order; one row for each time it holds, or one row saying it does not. */
    static List<BreakPointView> of(CheckResult result) {
        List<String> disabled = result.disabled().stream().map(RuleInfo::id).toList();
        List<BreakPointView> rows = new ArrayList<>();
        for (RuleInfo rule : RuleCatalogue.rules()) {
            if (!rule.isBreakPoint()) {
                continue;
            }
            String name = Words.ruleName(rule.name());
            List<Finding> findings = result.findings().stream()
                    .filter(f -> f.ruleId().equals(rule.id()))
                    .sorted(Comparator.comparing((Finding f) ->
                                    f.when().isNow() ? LocalDate.MIN : f.when().date())
                            .thenComparing(Finding.ORDER))
                    .toList();
            if (findings.isEmpty()) {
                State state = disabled.contains(rule.id()) ? State.NOT_CHECKED : State.NOT_REACHED;
                rows.add(new BreakPointView(rule.id(), name, state, state.text(), null, NONE, NONE, NONE));
                continue;
            }
            for (Finding f : findings) {
                State state = f.when().isNow() ? State.NOW : State.AHEAD;
                String text = state == State.AHEAD
                        ? "ahead, from " + Words.date(f.when().date())
                        : state.text();
                rows.add(new BreakPointView(
                        rule.id(),
                        name,
                        state,
                        f.counts() ? text : text + ", acknowledged",
                        f.when().date(),
                        f.when().isNow() ? "now" : Words.date(f.when().date()),
                        f.when().joining().isEmpty()
                                ? NONE
                                : String.join(", ", f.when().joining()),
                        FindingView.of(f).message()));
            }
        }
        return List.copyOf(rows);
    }
}

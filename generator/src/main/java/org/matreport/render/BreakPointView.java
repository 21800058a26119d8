package org.matreport.render;

import java.time.LocalDate;
import java.util.List;
import org.matreport.text.Words;

/**
 * A break point the trust reaches, now or on a growth date, once per rule, with the joining schools that bring it.
 * Break points not reached are left out: the board needs to know what it faces, and the catalogue at the back lists
 * the rest.
 */
public record BreakPointView(
        String rule,
        String name,
        State state,
        String stateText,
        LocalDate date,
        String when,
        String joining,
        String detail,
        String severity) {

    /** A break point's place on the timeline. */
    public enum State {
        NOW("reached now"),
        AHEAD("ahead");

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

    /** Each break-point rule that holds now or ahead, once, in the order the board should meet them. */
    static List<BreakPointView> of(Reading reading) {
        return reading.forTheBoard().stream()
                .filter(g -> g.rule().isBreakPoint())
                .sorted(java.util.Comparator.comparing((FindingGroup g) -> g.from() == null ? LocalDate.MIN : g.from())
                        .thenComparing(FindingGroup::first, org.matreport.rules.Finding.ORDER))
                .map(g -> row(g, reading))
                .toList();
    }

    private static BreakPointView row(FindingGroup g, Reading reading) {
        FindingView view = reading.view(g);
        State state = g.from() == null ? State.NOW : State.AHEAD;
        String when = Words.capitalised(view.when());
        return new BreakPointView(
                g.ruleId(),
                view.name(),
                state,
                g.counts() ? when : when + ", accepted by the board",
                g.from(),
                view.when(),
                g.joining(reading.subjects()).isEmpty() ? NONE : Words.and(g.joining(reading.subjects())),
                view.brief(),
                view.severity());
    }
}

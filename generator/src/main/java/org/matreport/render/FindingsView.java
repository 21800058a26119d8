package org.matreport.render;

import java.util.ArrayList;
import java.util.List;
import org.matreport.model.Severity;
import org.matreport.text.Words;

/**
 * Every finding for the board, one per rule, grouped by severity, most serious first; within a group in the check's
 * stable order. Accepted findings stay in their group with a mark, so the board sees everything it has accepted as
 * well as what is open. Record keeping goes to the strategy team's list at the back instead.
 */
public record FindingsView(String summary, List<Group> groups) {

    /** The findings of one severity. */
    public record Group(String title, List<FindingView> findings) {}

    static FindingsView of(Reading reading) {
        List<Group> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<FindingView> findings = reading.forTheBoard().stream()
                    .filter(g -> g.severity() == severity)
                    .map(reading::view)
                    .toList();
            if (!findings.isEmpty()) {
                groups.add(new Group(title(severity), findings));
            }
        }
        return new FindingsView(summary(reading), List.copyOf(groups));
    }

    static String title(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Information";
        };
    }

    private static String summary(Reading reading) {
        List<FindingGroup> shown = reading.forTheBoard();
        if (shown.isEmpty()) {
            return "The check found nothing for the board: every rule in force holds for this trust, now and along the"
                    + " growth plan.";
        }
        long accepted = shown.stream().filter(g -> !g.counts()).count();
        return "The check found " + Words.plural(shown.size(), "finding", "findings")
                + (accepted == 0 ? "" : ", " + Words.number(accepted) + " of them accepted by the board")
                + ". An error is a contradiction between parts of the strategy; a warning a gap or a break point to"
                + " act on; information a prompt for reflection. What each rests on is named at the back.";
    }
}

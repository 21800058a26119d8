package org.matreport.render;

import java.util.ArrayList;
import java.util.List;
import org.matreport.model.Severity;
import org.matreport.rules.CheckResult;
import org.matreport.text.Words;

/**
 * Every finding, grouped by severity, most serious first; within a group in the check's stable order. Acknowledged
 * findings stay in their group with a mark, so the board sees everything it has accepted as well as what is open.
 */
public record FindingsView(String summary, List<Group> groups) {

    /** The findings of one severity. */
    public record Group(String title, List<FindingView> findings) {}

    static FindingsView of(CheckResult result) {
        List<Group> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<FindingView> findings = result.findings().stream()
                    .filter(f -> f.severity() == severity)
                    .map(FindingView::of)
                    .toList();
            if (!findings.isEmpty()) {
                groups.add(new Group(title(severity), findings));
            }
        }
        return new FindingsView(summary(result), List.copyOf(groups));
    }

    static String title(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Information";
        };
    }

    private static String summary(CheckResult result) {
        if (result.findings().isEmpty()) {
            return "The check found nothing: every rule in force holds for this trust, now and along the growth plan.";
        }
        long acknowledged = result.findings().stream().filter(f -> !f.counts()).count();
        return "The check found " + Words.plural(result.findings().size(), "finding", "findings")
                + (acknowledged == 0 ? "" : ", " + Words.number(acknowledged) + " of them acknowledged by the board")
                + ". An error is a contradiction between parts of the strategy; a warning a gap or a break point to"
                + " act on; information a prompt for reflection.";
    }
}

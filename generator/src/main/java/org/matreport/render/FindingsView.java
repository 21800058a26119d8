package org.matreport.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matreport.model.Severity;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;
import org.matreport.text.Words;

/**
 * Every finding, grouped by severity, most serious first; within a group in the check's stable order. Acknowledged
 * findings stay in their group with a mark, so the board sees everything it has accepted as well as what is open.
 * A rule that holds for many schools prints its first {@link #MOST_PER_RULE} findings and a line counting the rest,
 * which the findings file beside the pack lists: a board reads the pattern, and the pack's size stays bounded.
 */
public record FindingsView(String summary, List<Group> groups) {

    /** The findings of one rule printed in full in each severity's group; the rest are counted. */
    public static final int MOST_PER_RULE = 25;

    /** The findings of one severity, and a line for each rule whose findings were too many to print. */
    public record Group(String title, List<FindingView> findings, List<String> more) {

        public Group(String title, List<FindingView> findings) {
            this(title, findings, List.of());
        }
    }

    static FindingsView of(CheckResult result) {
        List<Group> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<FindingView> findings = new ArrayList<>();
            Map<String, Integer> printed = new HashMap<>();
            Map<String, Integer> left = new LinkedHashMap<>();
            for (Finding finding : result.findings()) {
                if (finding.severity() != severity) {
                    continue;
                }
                String rule = finding.ruleId() + " " + finding.ruleName();
                if (printed.merge(rule, 1, Integer::sum) <= MOST_PER_RULE) {
                    findings.add(FindingView.of(finding));
                } else {
                    left.merge(rule, 1, Integer::sum);
                }
            }
            if (!findings.isEmpty()) {
                List<String> more = new ArrayList<>();
                left.forEach((rule, count) -> more.add("The check found " + Words.number(count) + " more "
                        + (count == 1 ? "finding" : "findings") + " of " + rule + ", not printed here; the findings"
                        + " file beside the pack lists every one."));
                groups.add(new Group(title(severity), List.copyOf(findings), List.copyOf(more)));
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

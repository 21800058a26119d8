package org.matreport.findings;

import java.util.ArrayList;
import java.util.List;
import org.matreport.model.Severity;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;

/**
 * Findings as plain text for a terminal or a build log: one line per finding in their stable form, grouped by
 * severity with a blank line between groups, then one line of counts.
 */
public final class TextReport {

    public String write(CheckResult result) {
        StringBuilder out = new StringBuilder();
        Severity group = null;
        for (Finding finding : result.findings()) {
            if (group != null && finding.severity() != group) {
                out.append('\n');
            }
            group = finding.severity();
            out.append(finding).append('\n');
        }
        if (!result.findings().isEmpty()) {
            out.append('\n');
        }
        return out.append(countLine(result)).append('\n').toString();
    }

    /** {@code 1 error, 2 warnings, 0 infos; 1 acknowledged; 1 rule disabled}. */
    public static String countLine(CheckResult result) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int n = result.count(severity);
            parts.add(n + " " + severity.label() + (n == 1 ? "" : "s"));
        }
        String line = String.join(", ", parts) + "; " + result.acknowledgedCount() + " acknowledged";
        int disabled = result.disabled().size();
        if (disabled > 0) {
            line += "; " + disabled + (disabled == 1 ? " rule" : " rules") + " disabled";
        }
        return line;
    }
}

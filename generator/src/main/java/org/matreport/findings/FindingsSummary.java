package org.matreport.findings;

import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;

/**
 * A short Markdown account of a check, for a CI job's summary page (GitHub's {@code GITHUB_STEP_SUMMARY}): the counts,
 * then one table row for each finding that counts, where it rests and what to do.
 */
public final class FindingsSummary {

    public String write(CheckResult result, String trust) {
        StringBuilder out = new StringBuilder();
        out.append("### matreport: ").append(cell(trust)).append("\n\n");
        out.append(TextReport.countLine(result)).append("\n\n");
        long counting = result.findings().stream().filter(Finding::counts).count();
        if (counting == 0) {
            return out.append("No finding needs attention.\n").toString();
        }
        out.append("| severity | rule | where | finding | what to do |\n");
        out.append("|---|---|---|---|---|\n");
        for (Finding f : result.findings()) {
            if (!f.counts()) {
                continue;
            }
            String when = f.when().isNow() ? "" : " (" + f.when() + ")";
            out.append("| ")
                    .append(f.severity().label())
                    .append(" | ")
                    .append(cell(f.ruleId() + " " + f.ruleName()))
                    .append(" | ")
                    .append(cell(f.location().toString()))
                    .append(" | ")
                    .append(cell(f.message() + when))
                    .append(" | ")
                    .append(cell(f.rule().action()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Text inside a table cell: a pipe or a line break would end the cell or the row. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}

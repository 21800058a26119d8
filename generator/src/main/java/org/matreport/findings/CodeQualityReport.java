package org.matreport.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.matreport.model.Severity;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;

/**
 * Findings in GitLab's Code Quality format (a JSON array of issues), which GitLab shows in a merge request beside
 * the changed lines; GitLab reads this rather than SARIF. Findings the board has acknowledged, and that are still in
 * date, are left out: they are not for the reviewer to act on.
 */
public final class CodeQualityReport {

    private final String folderFromRoot;

    /** @param folderFromRoot the trust folder relative to the repository root; empty at the root */
    public CodeQualityReport(String folderFromRoot) {
        this.folderFromRoot = SarifReport.normalisedFolder(folderFromRoot);
    }

    public String write(CheckResult result) {
        ArrayNode issues = JsonReport.MAPPER.createArrayNode();
        for (Finding finding : result.findings()) {
            if (finding.counts()) {
                issues.add(issue(finding));
            }
        }
        try {
            return JsonReport.MAPPER.writeValueAsString(issues) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode issue(Finding f) {
        String path = FindingIdentity.path(folderFromRoot, f.location().file());
        ObjectNode issue = JsonReport.MAPPER.createObjectNode();
        issue.put("description", f.ruleId() + " " + f.ruleName() + ": " + f.message());
        issue.put("check_name", f.ruleId());
        issue.put("fingerprint", FindingIdentity.of(f, path));
        issue.put("severity", severity(f.severity()));
        ObjectNode location = issue.putObject("location");
        location.put("path", path);
        location.putObject("lines").put("begin", Math.max(1, f.location().line()));
        return issue;
    }

    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "info";
        };
    }
}

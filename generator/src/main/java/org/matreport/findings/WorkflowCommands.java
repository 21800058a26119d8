package org.matreport.findings;

import org.matreport.load.Location;
import org.matreport.model.Severity;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;

/**
 * Findings as GitHub Actions workflow commands ({@code ::warning file=…,line=…,col=…,title=…::message}). Printed in a
 * job's log, each becomes an annotation on its YAML line in the pull request, in private repositories too, with no
 * code-scanning product. Findings the board acknowledged and that are still in date are left out.
 */
final class WorkflowCommands {

    private final String folderFromRoot;

    WorkflowCommands(String folderFromRoot) {
        this.folderFromRoot = SarifReport.normalisedFolder(folderFromRoot);
    }

    String write(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding f : result.findings()) {
            if (!f.counts()) {
                continue;
            }
            Location at = f.location();
            out.append("::").append(command(f.severity()));
            out.append(" file=").append(property(FindingIdentity.path(folderFromRoot, at.file())));
            if (at.line() > 0) {
                out.append(",line=").append(at.line());
                out.append(",col=").append(Math.max(1, at.column()));
            }
            out.append(",title=").append(property(f.ruleId() + " " + f.ruleName()));
            String when = f.when().isNow() ? "" : " (" + f.when() + ")";
            out.append("::").append(data(f.message() + when + " " + f.rule().action()));
            out.append('\n');
        }
        return out.toString();
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** A command's message: GitHub reads %, CR and LF as escapes there. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value, where ':' and ',' also end the value unless escaped. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}

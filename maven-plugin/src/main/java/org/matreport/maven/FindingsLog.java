package org.matreport.maven;

import org.apache.maven.plugin.logging.Log;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;

/** Every finding in the build log, one a line, at the log level of its severity. */
final class FindingsLog {

    private FindingsLog() {}

    static void write(CheckResult result, Log log) {
        for (Finding finding : result.findings()) {
            switch (finding.severity()) {
                case ERROR -> log.error(finding.toString());
                case WARNING -> log.warn(finding.toString());
                case INFO -> log.info(finding.toString());
            }
        }
    }
}

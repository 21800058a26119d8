package org.matreport.engine;

import org.matreport.findings.TextReport;
import org.matreport.rules.CheckResult;
import org.matreport.rules.FailOn;
import org.matreport.support.MatreportException;

/** The trust's findings reached the level the caller chose to fail at, so the pack was not written. */
public final class FailingFindingsException extends MatreportException {

    private static final long serialVersionUID = 1L;

    private final transient CheckResult result;
    private final FailOn level;

    public FailingFindingsException(CheckResult result, FailOn level) {
        super(
                Kind.FAILING_FINDINGS,
                "findings at or above " + level.label() + ": " + TextReport.countLine(result),
                null);
        this.result = result;
        this.level = level;
    }

    public CheckResult result() {
        return result;
    }

    public FailOn level() {
        return level;
    }
}

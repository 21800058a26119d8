package org.matreport.maven;

import java.io.File;
import org.apache.maven.plugin.logging.Log;
import org.matreport.engine.FailingFindingsException;
import org.matreport.findings.TextReport;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.Problem;
import org.matreport.rules.CheckResult;
import org.matreport.rules.FailOn;
import org.matreport.support.MatreportException;
import org.matreport.text.OneLine;

/**
 * What went wrong, worded for the build log, in one place for every goal. Invalid trust data and findings at the
 * fail level mean the build failed (the trust must change); configuration, template, renderer and file-system faults
 * mean it could not run, and the Mojo keeps the cause.
 */
final class Failures {

    /** A message for the build, and whether the build failed ({@code MojoFailureException}) or could not run. */
    record Failure(String message, boolean buildFailed) {
        /** Maven prints the message as given: a line break in a name must not start a line of its own. */
        Failure {
            message = OneLine.of(message);
        }
    }

    private Failures() {}

    /** Logs what the user must read line by line (problems, findings) and returns the one-line summary. */
    static Failure of(Exception e, File trustDirectory, Log log) {
        MatreportException failure = MatreportException.of(e);
        return switch (failure.kind()) {
            case INVALID_TRUST -> {
                for (Problem problem : ((InvalidTrustException) failure).problems()) {
                    log.error(problem.toString());
                }
                yield new Failure(
                        "The trust files in " + trustDirectory + " are invalid: " + failure.getMessage()
                                + ". Fix the lines above; nothing was written.",
                        true);
            }
            case FAILING_FINDINGS -> {
                FailingFindingsException failing = (FailingFindingsException) failure;
                FindingsLog.write(failing.result(), log);
                yield new Failure(
                        findingsMessage(failing.result(), failing.level()) + " The pack was not written.", true);
            }
            case INVALID_REQUEST -> new Failure("matreport: " + failure.getMessage(), false);
            case CANNOT_RENDER -> new Failure("matreport could not render the pack: " + failure.getMessage(), false);
            case CANNOT_WRITE -> new Failure("matreport could not write its output: " + failure.getMessage(), false);
            case INTERNAL ->
                new Failure(
                        "matreport failed unexpectedly (" + failure.getMessage()
                                + "); please report it with the trust files that caused it. Run Maven with -e for details.",
                        false);
        };
    }

    /** The Java heap ran out: say how large it was and how to give Maven more. */
    static Failure outOfMemory() {
        return new Failure(
                "matreport ran out of memory (Java may use "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MiB); give Maven more with MAVEN_OPTS=-Xmx2g, or split the trust's files. Nothing was"
                        + " written.",
                false);
    }

    /** The failure message for findings at the fail level, shared by check and generate. */
    static String findingsMessage(CheckResult result, FailOn level) {
        return "The trust's strategy has findings at or above " + level.label() + ": " + TextReport.countLine(result)
                + ". Act on them, acknowledge them in the trust files, or change failOn.";
    }
}

package org.matreport.maven;

import java.time.LocalDate;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.matreport.engine.Engine;
import org.matreport.engine.InvalidRequestException;
import org.matreport.findings.TextReport;
import org.matreport.load.InvalidTrustException;
import org.matreport.rules.CheckResult;
import org.matreport.rules.FailOn;
import org.matreport.rules.Finding;

/** Checks that the trust's strategy coheres, logs every finding, and fails the build at the chosen level. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMatreportMojo {

    /** The least severity that fails the build: error, warning, info or none. */
    @Parameter(property = "matreport.failOn", defaultValue = "error")
    private String failOn;

    /** Skips this goal only. */
    @Parameter(property = "matreport.check.skip", defaultValue = "false")
    private boolean skipCheck;

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected boolean skipGoal() {
        return skipCheck;
    }

    @Override
    protected void run(Engine engine) throws InvalidTrustException, InvalidRequestException, MojoFailureException {
        FailOn level = failOnLevel();
        CheckResult result = engine.check(trustDirectory.toPath(), LocalDate.now());
        for (Finding finding : result.findings()) {
            switch (finding.severity()) {
                case ERROR -> getLog().error(finding.toString());
                case WARNING -> getLog().warn(finding.toString());
                case INFO -> getLog().info(finding.toString());
            }
        }
        String counts = TextReport.countLine(result);
        if (result.fails(level)) {
            throw new MojoFailureException("The trust's strategy has findings at or above " + level.label() + ": "
                    + counts + ". Act on them, acknowledge them in trust.yaml, or set matreport.failOn.");
        }
        getLog().info("matreport: " + counts);
    }

    private FailOn failOnLevel() throws InvalidRequestException {
        try {
            return FailOn.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("failOn: " + e.getMessage());
        }
    }
}

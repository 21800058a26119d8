package org.matreport.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.matreport.engine.Engine;
import org.matreport.findings.FindingsFormat;
import org.matreport.findings.FindingsSummary;
import org.matreport.findings.TextReport;
import org.matreport.load.LoadedTrust;
import org.matreport.rules.CheckResult;
import org.matreport.rules.FailOn;
import org.matreport.support.AtomicFiles;
import org.matreport.support.RepositoryPath;

/**
 * Checks that the trust's strategy coheres, logs every finding, writes them as SARIF, Code Quality (GitLab), GitHub
 * workflow commands and a Markdown summary for forges to annotate pull requests, and then fails the build at the
 * chosen level.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMatreportMojo {

    /** The least severity that fails the build: error, warning, info or none. */
    @Parameter(property = "matreport.failOn", defaultValue = "error")
    private String failOn;

    /** Where the findings are written as SARIF 2.1.0, with paths relative to the git repository. */
    @Parameter(property = "matreport.sarifFile", defaultValue = "${project.build.directory}/matreport/findings.sarif")
    private File sarifFile;

    /** Where the findings are written in GitLab's Code Quality format, for merge-request annotations. */
    @Parameter(
            property = "matreport.codeQualityFile",
            defaultValue = "${project.build.directory}/matreport/findings.codequality.json")
    private File codeQualityFile;

    /**
     * Where the findings are written as GitHub Actions workflow commands; printed in a job's log ({@code cat FILE}),
     * they annotate the pull request in any repository, private ones included.
     */
    @Parameter(
            property = "matreport.githubFile",
            defaultValue = "${project.build.directory}/matreport/findings.github.txt")
    private File githubFile;

    /** Where a Markdown summary of the findings is written, for a CI job's summary page. */
    @Parameter(
            property = "matreport.summaryFile",
            defaultValue = "${project.build.directory}/matreport/findings.summary.md")
    private File summaryFile;

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
    protected void run(Engine engine) throws Exception {
        FailOn level = PackParameters.failOn(failOn);
        LoadedTrust trust = engine.load(trustDirectory.toPath());
        CheckResult result = engine.check(trust, LocalDate.now());
        FindingsLog.write(result, getLog());
        var subject = new FindingsFormat.Subject(
                trust.trust().profile().name(), LocalDate.now(), RepositoryPath.of(trustDirectory.toPath()));
        // Written before the check decides, so that a failing build still annotates the change.
        write(sarifFile, FindingsFormat.SARIF.write(result, subject));
        write(codeQualityFile, FindingsFormat.CODEQUALITY.write(result, subject));
        write(githubFile, FindingsFormat.GITHUB.write(result, subject));
        write(summaryFile, new FindingsSummary().write(result, subject.trust()));
        if (result.fails(level)) {
            throw new MojoFailureException(Failures.findingsMessage(result, level));
        }
        getLog().info("matreport: " + TextReport.countLine(result));
    }

    private static void write(File file, String text) throws IOException {
        AtomicFiles.write(file.toPath(), text.getBytes(StandardCharsets.UTF_8));
    }
}

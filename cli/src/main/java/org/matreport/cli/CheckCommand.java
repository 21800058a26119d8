package org.matreport.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.matreport.engine.Engine;
import org.matreport.findings.FindingsFormat;
import org.matreport.findings.FindingsSummary;
import org.matreport.load.LoadedTrust;
import org.matreport.rules.CheckResult;
import org.matreport.rules.FailOn;
import org.matreport.support.RepositoryPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code matreport check}: reads a trust folder, runs every coherence rule and reports the findings. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check that the trust's vision, strategy, alignment and operating model cohere,"
                + " and report every finding.")
final class CheckCommand implements Callable<Integer> {

    static final class FindingsFormatConverter extends ChoiceConverter<FindingsFormat> {
        FindingsFormatConverter() {
            super(FindingsFormat.class, "format");
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Mixin
    private TrustFolderParameter trustDir;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = FindingsFormatConverter.class,
            description = "text, json, sarif (SARIF 2.1.0), codequality (GitLab merge requests) or github"
                    + " (annotations in a GitHub Actions job); default: ${DEFAULT-VALUE}.")
    private FindingsFormat format;

    @Option(
            names = "--summary",
            paramLabel = "FILE",
            description = "Also write a Markdown summary of the findings to FILE. In a GitHub Actions job it is"
                    + " added to the job's summary page unless FILE is given.")
    private Path summary;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            defaultValue = "error",
            converter = FailOnConverter.class,
            description = "Exit 1 when a finding that counts is at or above this level:"
                    + " error, warning, info or none (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Override
    public Integer call() throws Exception {
        Engine engine = new Engine(TerminalLog.besideReport(spec));
        LoadedTrust trust = engine.load(trustDir.folder);
        LocalDate today = LocalDate.now();
        CheckResult result = engine.check(trust, today);
        String name = trust.trust().profile().name();
        var subject = new FindingsFormat.Subject(name, today, RepositoryPath.of(trustDir.folder));
        spec.commandLine().getOut().print(format.write(result, subject));
        StepSummary.write(summary, new FindingsSummary().write(result, name));
        return result.fails(failOn) ? Main.FINDINGS : Main.OK;
    }

    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}

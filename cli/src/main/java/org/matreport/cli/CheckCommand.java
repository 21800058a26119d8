package org.matreport.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.matreport.engine.Engine;
import org.matreport.findings.JsonReport;
import org.matreport.findings.SarifReport;
import org.matreport.findings.TextReport;
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

    /** The forms the findings can be printed in. */
    enum ReportFormat {
        TEXT,
        JSON,
        SARIF
    }

    static final class ReportFormatConverter extends ChoiceConverter<ReportFormat> {
        ReportFormatConverter() {
            super(ReportFormat.class, "format");
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
            converter = ReportFormatConverter.class,
            description = "text, json or sarif (SARIF 2.1.0, for pull-request annotations); default: ${DEFAULT-VALUE}.")
    private ReportFormat format;

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
        Engine engine = new Engine(TerminalLog.of(spec));
        LoadedTrust trust = engine.load(trustDir.folder);
        LocalDate today = LocalDate.now();
        CheckResult result = engine.check(trust, today);
        spec.commandLine().getOut().print(render(result, trust, today));
        return result.fails(failOn) ? Main.FINDINGS : Main.OK;
    }

    private String render(CheckResult result, LoadedTrust trust, LocalDate today) {
        return switch (format) {
            case TEXT -> new TextReport().write(result);
            case JSON -> new JsonReport().write(result, trust.trust().profile().name(), today);
            case SARIF -> new SarifReport(RepositoryPath.of(trustDir.folder)).write(result);
        };
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

package org.matreport.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.matreport.engine.Engine;
import org.matreport.engine.Format;
import org.matreport.engine.PackRequest;
import org.matreport.engine.SourceDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code matreport generate}: reads a trust folder and writes its strategy pack. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write the trust's strategy pack in Markdown, HTML and PDF.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "TRUST_DIR",
            defaultValue = ".",
            description = "The trust folder, holding trust.yaml (default: the current folder).")
    private Path trustFolder;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Where to write the pack (default: TRUST_DIR/target/matreport).")
    private Path output;

    @Option(
            names = "--format",
            paramLabel = "FORMATS",
            defaultValue = "md,html,pdf",
            description = "Comma-separated formats: md, html, pdf (default: ${DEFAULT-VALUE}).")
    private String formats;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "A folder of templates and CSS that replace the built-in ones by file name.")
    private Path templates;

    @Option(
            names = "--since",
            paramLabel = "REF",
            description = "Add a 'Changes since the last pack' section comparing with the trust folder at this git"
                    + " revision (a commit, tag or branch of the repository holding TRUST_DIR).")
    private String since;

    @Option(
            names = "--force",
            description = "Render the pack even when nothing it is made from changed since the last run.")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        PackRequest request = new PackRequest(
                        trustFolder,
                        output != null ? output : trustFolder.resolve("target").resolve("matreport"),
                        parseFormats(),
                        templates,
                        SourceDate.fromEnvironment())
                .withSince(since)
                .forced(force);
        new Engine(new TerminalLog(
                        spec.commandLine().getOut(), spec.commandLine().getErr()))
                .generate(request, LocalDate.now());
        return Main.OK;
    }

    private java.util.Set<Format> parseFormats() {
        try {
            return Format.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}

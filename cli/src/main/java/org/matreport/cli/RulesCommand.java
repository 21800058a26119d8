package org.matreport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.matreport.engine.Engine;
import org.matreport.findings.CatalogueReport;
import org.matreport.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code matreport rules}: prints the coherence rule catalogue. Given a trust folder, it shows that trust's severities,
 * disabled rules and thresholds; without one, the catalogue's defaults.
 */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Print the coherence rules, with the severities and thresholds in force.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "TRUST_DIR",
            description = "A trust folder whose settings apply (default: the current folder when it holds"
                    + " trust.yaml, otherwise the catalogue's defaults).")
    private Path trustFolder;

    @Mixin
    private TextFormatOption output;

    @Override
    public Integer call() throws Exception {
        CatalogueReport catalogue = CatalogueReport.of(settings());
        spec.commandLine()
                .getOut()
                .print(
                        switch (output.format) {
                            case TEXT -> catalogue.text();
                            case JSON -> catalogue.json();
                            case MD -> catalogue.markdown();
                        });
        return Main.OK;
    }

    /** The trust's settings, read through the full loader so that a broken trust is reported, not half-read. */
    private Settings settings() throws Exception {
        Path folder = trustFolder;
        if (folder == null) {
            if (!Files.isRegularFile(Path.of("trust.yaml"))) {
                return null;
            }
            folder = Path.of(".");
        }
        Engine engine = new Engine(TerminalLog.of(spec));
        return engine.load(folder).trust().settings();
    }
}

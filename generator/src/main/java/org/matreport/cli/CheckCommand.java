package org.matreport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.matreport.engine.Engine;
import org.matreport.load.LoadedTrust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code matreport check}: reads a trust folder and reports every problem in it. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check the trust's files and report every problem at once.")
final class CheckCommand implements Callable<Integer> {

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

    @Override
    public Integer call() throws Exception {
        TerminalLog log = new TerminalLog(spec.commandLine().getOut(), spec.commandLine().getErr());
        LoadedTrust loaded = new Engine(log).load(trustFolder);
        log.info(loaded.trust().profile().name() + ": the trust files are valid ("
                + loaded.trust().schools().size() + " schools, " + loaded.trust().growth().size()
                + " expected to join).");
        return Main.OK;
    }
}

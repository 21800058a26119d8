package org.matreport.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.matreport.engine.Starter;
import org.matreport.support.InvalidRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code matreport init}: writes a starter trust folder with every section present and explained. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a starter trust folder: trust.yaml and schools.yaml with every section explained,"
                + " the JSON Schema for editors, and a pom.xml for the Maven plugin.")
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The folder to create or fill (default: the current folder).")
    private Path folder;

    @Override
    public Integer call() throws Exception {
        List<Path> existing = Starter.clashes(folder);
        if (!existing.isEmpty()) {
            throw new InvalidRequestException(
                    "init would overwrite " + existing + "; choose an empty folder, or move those files away first");
        }
        for (Path written : Starter.write(folder)) {
            spec.commandLine().getOut().println("Wrote " + written);
        }
        spec.commandLine().getOut().println("Next: edit the files, then run 'matreport check " + folder + "'.");
        return Main.OK;
    }
}

package org.matreport.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.matreport.engine.Starter;
import org.matreport.gias.GiasImport;
import org.matreport.gias.ImportReport;
import org.matreport.support.InvalidRequestException;
import org.matreport.support.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code matreport init}: writes a trust's own repository, ready to build, with every trust field explained. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a trust's strategy repository: trust.yaml and schools.yaml with every section"
                + " explained, the JSON Schema for editors, a pom.xml that writes the pack and checks it"
                + " (./mvnw verify), the Maven wrapper, CI pipelines and a README for staff.")
final class InitCommand implements Callable<Integer> {

    static final class CiConverter extends ChoiceConverter<Starter.Ci> {
        CiConverter() {
            super(Starter.Ci.class, "choice of pipelines");
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Option(
            names = "--ci",
            paramLabel = "FORGE",
            defaultValue = "both",
            converter = CiConverter.class,
            description = "The pipelines to write: github, gitlab, both or none (default: ${DEFAULT-VALUE}).")
    private Starter.Ci ci;

    @Option(
            names = "--trust",
            paramLabel = "NAME_OR_UID",
            description = "With --establishments: take the schools from the national register at once, as"
                    + " import-gias does (the trust's name as the register spells it, or its Group UID).")
    private String trust;

    @Option(
            names = "--establishments",
            paramLabel = "FILE",
            description = "The register's establishment extract (edubasealldata<date>.csv), with --trust.")
    private Path establishments;

    @Option(
            names = "--links",
            paramLabel = "FILE",
            description = "The register's group-links extract (allgroupslinkdata<date>.csv); optional.")
    private Path links;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The folder to create or fill (default: the current folder).")
    private Path folder;

    @Override
    public Integer call() throws Exception {
        if ((trust == null) != (establishments == null) || (links != null && trust == null)) {
            throw new InvalidRequestException(
                    "init takes the schools from the register only with both --trust and --establishments");
        }
        List<Path> existing = Starter.clashes(folder, ci);
        if (!existing.isEmpty()) {
            throw new InvalidRequestException(
                    "init would overwrite " + existing + "; choose an empty folder, or move those files away first");
        }
        var out = spec.commandLine().getOut();
        for (Path written : Starter.write(folder, ci, Version.current())) {
            out.println("Wrote " + written);
        }
        if (trust != null) {
            ImportReport report = new GiasImport().run(folder, trust, establishments, links);
            out.print(report.text());
        }
        out.println("Next: replace the starter's examples in trust.yaml and schools.yaml, then run"
                + " './mvnw verify' in " + folder + " (or 'matreport check " + folder + "').");
        return Main.OK;
    }
}

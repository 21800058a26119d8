package org.matreport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.matreport.gias.GiasImport;
import org.matreport.gias.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matreport import-gias}: the trust's schools from the national register's CSV extracts. */
@Command(
        name = "import-gias",
        mixinStandardHelpOptions = true,
        description = "Write or refresh the schools section from the national register's CSV extracts (Get"
                + " Information about Schools), keeping each school's group, performance and ownApproach.")
final class ImportGiasCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Option(
            names = "--trust",
            required = true,
            paramLabel = "NAME_OR_UID",
            description = "The trust's name as the register spells it (any case), or its Group UID.")
    private String trust;

    @Option(
            names = "--establishments",
            required = true,
            paramLabel = "FILE",
            description = "The establishment extract (edubasealldata<date>.csv), Windows-1252 or UTF-8.")
    private Path establishments;

    @Option(
            names = "--links",
            paramLabel = "FILE",
            description = "The group-links extract (allgroupslinkdata<date>.csv): finds the trust's schools by its"
                    + " multi-academy trust links and takes each school's joined date from it.")
    private Path links;

    @Mixin
    private TrustFolderParameter trustDir;

    @Override
    public Integer call() throws Exception {
        ImportReport report = new GiasImport().run(trustDir.folder, trust, establishments, links);
        spec.commandLine().getOut().print(report.text());
        return Main.OK;
    }
}

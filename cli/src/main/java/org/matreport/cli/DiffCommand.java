package org.matreport.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.matreport.diff.Changes;
import org.matreport.diff.ChangesJson;
import org.matreport.diff.ChangesText;
import org.matreport.engine.Engine;
import org.matreport.render.ChangesMarkdown;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matreport diff}: what changed in the findings and the data since the last board pack. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Say what changed since the last pack: findings resolved, new, changed in severity,"
                + " acknowledged or expired, and schools, cluster, areas, outcome targets and growth dates.")
final class DiffCommand implements Callable<Integer> {

    /** Exactly one thing to compare with. */
    static final class Since {
        @Option(
                names = "--since",
                paramLabel = "REF",
                required = true,
                description = "A git revision (commit, tag or branch) of the repository holding TRUST_DIR.")
        String ref;

        @Option(
                names = "--since-json",
                paramLabel = "FILE",
                required = true,
                description = "The findings file of the last pack, written by 'check --format json';"
                        + " compares findings only.")
        Path findingsFile;
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @ArgGroup(multiplicity = "1")
    private Since since;

    @Mixin
    private TrustFolderParameter trustDir;

    @Mixin
    private TextFormatOption output;

    @Override
    public Integer call() throws Exception {
        Engine engine = new Engine(TerminalLog.of(spec));
        LocalDate today = LocalDate.now();
        Changes changes = since.ref != null
                ? engine.changesSince(trustDir.folder, since.ref, today)
                : engine.changesSinceFindings(trustDir.folder, since.findingsFile, today);
        spec.commandLine()
                .getOut()
                .print(
                        switch (output.format) {
                            case TEXT -> new ChangesText().write(changes);
                            case JSON -> new ChangesJson().write(changes);
                            case MD -> new ChangesMarkdown().write(changes);
                        });
        return Main.OK;
    }
}

package org.matreport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.matreport.support.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code matreport} command. {@link #run} returns the exit code instead of exiting, so tests call it directly:
 * 0 fine, 1 findings at or above the fail level, 2 invalid input or usage, 3 the pack could not be written, 4 a fault
 * in matreport itself, 5 out of memory.
 */
@Command(
        name = "matreport",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Checks that a trust's vision, strategy, alignment and operating model cohere,"
                + " and writes the board's strategy pack.",
        subcommands = {
            GenerateCommand.class,
            CheckCommand.class,
            RulesCommand.class,
            DiffCommand.class,
            ImportGiasCommand.class,
            SchemaCommand.class,
            InitCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:fine",
            "1:findings at or above the fail level",
            "2:invalid trust files, templates or usage",
            "3:the pack could not be written (disk, permissions)",
            "4:a fault in matreport itself (run again with --debug and report it)",
            "5:out of memory (give Java more with -Xmx)"
        })
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int INVALID = 2;
    public static final int CANNOT_WRITE = 3;
    public static final int INTERNAL = 4;
    public static final int OUT_OF_MEMORY = 5;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "say what to do: generate, check, rules, diff, import-gias, schema, init or serve");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line as if typed, printing to the given writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new Failures(err));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            code = Failures.outOfMemory(err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Reads the version the build stamped into the jar. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"matreport " + Version.current()};
        }
    }
}

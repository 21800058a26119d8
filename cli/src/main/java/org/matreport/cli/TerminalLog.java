package org.matreport.cli;

import java.io.PrintWriter;
import org.matreport.support.Log;
import org.matreport.text.OneLine;
import picocli.CommandLine.Model.CommandSpec;

/** The engine's log on a terminal: progress to standard output, warnings to standard error. */
final class TerminalLog implements Log {

    private final PrintWriter out;
    private final PrintWriter err;

    /** The log on the command's own output and error streams. */
    static TerminalLog of(CommandSpec spec) {
        return new TerminalLog(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** For a command whose standard output is a report other tools read: everything the engine says goes to error. */
    static TerminalLog besideReport(CommandSpec spec) {
        return new TerminalLog(spec.commandLine().getErr(), spec.commandLine().getErr());
    }

    TerminalLog(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void info(String message) {
        out.println(OneLine.of(message));
    }

    @Override
    public void warn(String message) {
        err.println("warning: " + OneLine.of(message));
    }
}

package org.matreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.matreport.engine.FailingFindingsException;
import org.matreport.engine.InvalidRequestException;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.Problem;
import org.matreport.render.RenderException;
import org.matreport.text.OneLine;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into plain lines and an exit code, in one place. Trust staff see what to fix, never a stack
 * trace; {@code --debug} (or MATREPORT_DEBUG=1) adds the trace for whoever maintains the tool.
 */
final class Failures implements IExecutionExceptionHandler {

    private final PrintWriter err;

    Failures(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        int code = report(e);
        if (debugging(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private int report(Exception e) {
        return report(e, err);
    }

    /** Prints what went wrong to {@code err} as plain lines and returns the exit code it deserves. */
    static int report(Exception e, PrintWriter err) {
        if (e instanceof InvalidTrustException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(problem);
            }
            err.println(OneLine.of(invalid.getMessage()) + "; nothing was written.");
            return Main.INVALID;
        }
        if (e instanceof FailingFindingsException failing) {
            err.println("matreport: " + OneLine.of(failing.getMessage()) + "; nothing was written.");
            return Main.FINDINGS;
        }
        if (e instanceof InvalidRequestException || e instanceof RenderException) {
            err.println("matreport: " + OneLine.of(e.getMessage()));
            return Main.INVALID;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("matreport: cannot write: " + OneLine.of(e.getMessage()));
            return Main.CANNOT_WRITE;
        }
        err.println("matreport: unexpected failure (" + OneLine.of(e.toString())
                + "); please report it with the trust files" + " that caused it. Run again with --debug for details.");
        return Main.CANNOT_WRITE;
    }

    /**
     * Running out of memory is neither findings (1) nor bad input (2) nor a disk fault (3): one line saying how much
     * memory Java had and how to give it more. The pack being written is dropped with the memory, so nothing is
     * half-written.
     */
    static int outOfMemory(PrintWriter err) {
        err.println(
                "matreport: out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MiB); give it more with -Xmx, as in java -Xmx2g -jar matreport.jar, or split the trust's files;"
                        + " nothing was written.");
        return Main.OUT_OF_MEMORY;
    }

    private static boolean debugging(ParseResult parseResult) {
        return "1".equals(System.getenv("MATREPORT_DEBUG"))
                || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--debug"))
                || parseResult.hasMatchedOption("--debug");
    }
}

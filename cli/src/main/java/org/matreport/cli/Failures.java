package org.matreport.cli;

import java.io.PrintWriter;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.Problem;
import org.matreport.support.MatreportException;
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
        MatreportException failure = MatreportException.of(e);
        return switch (failure.kind()) {
            case INVALID_TRUST -> {
                InvalidTrustException invalid = (InvalidTrustException) failure;
                for (Problem problem : invalid.problems()) {
                    err.println(problem);
                }
                err.println(OneLine.of(invalid.getMessage()) + "; nothing was written.");
                yield Main.INVALID;
            }
            case FAILING_FINDINGS -> {
                err.println("matreport: " + OneLine.of(failure.getMessage()) + "; nothing was written.");
                yield Main.FINDINGS;
            }
            case INVALID_REQUEST, CANNOT_RENDER -> {
                err.println("matreport: " + OneLine.of(failure.getMessage()));
                yield Main.INVALID;
            }
            case CANNOT_WRITE -> {
                err.println("matreport: cannot write: " + OneLine.of(failure.getMessage()));
                yield Main.CANNOT_WRITE;
            }
            case INTERNAL -> {
                err.println("matreport: unexpected failure (" + OneLine.of(failure.getMessage()) + "); please report"
                        + " it with the trust files that caused it. Run again with --debug for details.");
                yield Main.INTERNAL;
            }
        };
    }

    /**
     * Running out of memory is neither findings, bad input, a disk fault nor a fault of matreport: one line saying how much
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

package org.matreport.cli;

import java.io.PrintWriter;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.Problem;
import org.matreport.support.MatreportException;
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
                err.println(invalid.getMessage() + "; nothing was written.");
                yield Main.INVALID;
            }
            case FAILING_FINDINGS -> {
                err.println("matreport: " + failure.getMessage() + "; nothing was written.");
                yield Main.FINDINGS;
            }
            case INVALID_REQUEST, CANNOT_RENDER -> {
                err.println("matreport: " + failure.getMessage());
                yield Main.INVALID;
            }
            case CANNOT_WRITE -> {
                err.println("matreport: cannot write: " + failure.getMessage());
                yield Main.CANNOT_WRITE;
            }
            case INTERNAL -> {
                err.println("matreport: unexpected failure (" + failure.getMessage() + "); please report it with the"
                        + " trust files that caused it. Run again with --debug for details.");
                yield Main.INTERNAL;
            }
        };
    }

    private static boolean debugging(ParseResult parseResult) {
        return "1".equals(System.getenv("MATREPORT_DEBUG"))
                || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--debug"))
                || parseResult.hasMatchedOption("--debug");
    }
}

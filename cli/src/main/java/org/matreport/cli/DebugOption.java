package org.matreport.cli;

import picocli.CommandLine.Option;

/** {@code --debug}, shared by every subcommand; read by {@link Failures}. */
final class DebugOption {

    @Option(names = "--debug", description = "On failure, also print the Java stack trace (for bug reports).")
    boolean debug;
}

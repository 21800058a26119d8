package org.matreport.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** {@code [TRUST_DIR]}, the one trust folder a command reads, defaulting to the current folder. */
final class TrustFolderParameter {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "TRUST_DIR",
            defaultValue = ".",
            description = "The trust folder, holding trust.yaml (default: the current folder).")
    Path folder;
}

package org.matreport.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json|md}, shared by the subcommands that print a report in those forms. */
final class TextFormatOption {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = TextFormat.Converter.class,
            description = "text, json or md (default: ${DEFAULT-VALUE}).")
    TextFormat format;
}

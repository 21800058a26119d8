package org.matreport.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.matreport.schema.TrustSchema;
import org.matreport.support.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matreport schema}: prints the JSON Schema of the trust files, for editors that complete and check YAML. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of the trust files (schema matreport/v1).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the schema to this file instead of standard output.")
    private Path output;

    @Override
    public Integer call() throws Exception {
        String schema = TrustSchema.generate();
        if (output == null) {
            spec.commandLine().getOut().print(schema);
        } else {
            AtomicFiles.write(output, schema.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println("Wrote " + output);
        }
        return Main.OK;
    }
}

package org.matreport.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON Schema of trust files, which editors use to complete and check the YAML as it is typed. Generated from the
 * model at build time and shipped in the jar as {@value #RESOURCE}.
 */
public final class TrustSchema {

    /** Where the build puts the schema, on the class path. */
    public static final String RESOURCE = "/org/matreport/schema/trust-v1.schema.json";

    private TrustSchema() {}

    /** The schema, pretty-printed with a final newline, generated now from the model. */
    public static String generate() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(new SchemaWriter().write()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema could not be written", e);
        }
    }

    /** The copy shipped in the jar, as written at build time. */
    public static String shipped() {
        try (InputStream in = TrustSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no " + RESOURCE + "; build it with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the schema to the file named by the one argument; the build calls this after compiling. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("give the file to write the schema to");
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, generate(), StandardCharsets.UTF_8);
    }
}

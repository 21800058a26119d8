package org.matreport.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.matreport.schema.TrustSchema;
import org.matreport.support.AtomicFiles;

/** The starter trust folder that {@code matreport init} writes: valid, coherent, and explained field by field. */
public final class Starter {

    /** The files shipped under {@code org/matreport/starter/}, plus the generated schema. */
    private static final List<String> FILES = List.of("trust.yaml", "schools.yaml", "pom.xml", ".gitignore");

    static final String SCHEMA_FILE = "trust.schema.json";

    private Starter() {}

    /** The files in the folder that init would overwrite. */
    public static List<Path> clashes(Path folder) {
        List<Path> clashes = new ArrayList<>();
        for (String name : allFiles()) {
            Path file = folder.resolve(name);
            if (Files.exists(file)) {
                clashes.add(file);
            }
        }
        return clashes;
    }

    /** Writes the starter files into the folder, creating it when needed; returns the files written. */
    public static List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String name : FILES) {
            Path file = folder.resolve(name);
            AtomicFiles.write(file, resource(name));
            written.add(file);
        }
        Path schema = folder.resolve(SCHEMA_FILE);
        AtomicFiles.write(schema, TrustSchema.generate().getBytes(StandardCharsets.UTF_8));
        written.add(schema);
        return written;
    }

    private static List<String> allFiles() {
        List<String> all = new ArrayList<>(FILES);
        all.add(SCHEMA_FILE);
        return all;
    }

    private static byte[] resource(String name) {
        String path = "/org/matreport/starter/" + name;
        try (InputStream in = Starter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + path + "; it was built incompletely");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the jar", e);
        }
    }
}

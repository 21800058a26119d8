package org.matreport.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.matreport.schema.CopiedSchema;
import org.matreport.schema.TrustSchema;
import org.matreport.support.AtomicFiles;

/**
 * The starter repository that {@code matreport init} writes: trust files that are valid and explained field by field,
 * a build that writes the pack and checks it ({@code ./mvnw verify}) with the Maven wrapper beside it, the pipelines
 * for the chosen forges, and a README for the staff who keep the files.
 */
public final class Starter {

    /** Which forges' pipelines to write. */
    public enum Ci {
        GITHUB,
        GITLAB,
        BOTH,
        NONE;

        boolean github() {
            return this == GITHUB || this == BOTH;
        }

        boolean gitlab() {
            return this == GITLAB || this == BOTH;
        }
    }

    static final String SCHEMA_FILE = CopiedSchema.FILE;

    /** Where the starter's pom names the matreport version; init puts the running version there. */
    static final String VERSION_MARK = "@matreport.version@";

    private static final String ROOT = "/org/matreport/starter/";

    private Starter() {}

    /** One file of the starter: where it comes from in the jar, where it goes, and whether it runs. */
    private record Entry(String resource, String target, boolean executable) {
        static Entry of(String resource, String target) {
            return new Entry(resource, target, false);
        }
    }

    private static List<Entry> entries(Ci ci) {
        List<Entry> entries = new ArrayList<>(List.of(
                Entry.of("trust.yaml", "trust.yaml"),
                Entry.of("schools.yaml", "schools.yaml"),
                Entry.of("pom.xml", "pom.xml"),
                Entry.of(".gitignore", ".gitignore"),
                Entry.of("README.md", "README.md"),
                Entry.of("jvm.config", ".mvn/jvm.config"),
                new Entry("wrapper/mvnw", "mvnw", true),
                Entry.of("wrapper/mvnw.cmd", "mvnw.cmd"),
                Entry.of("wrapper/.mvn/wrapper/maven-wrapper.properties", ".mvn/wrapper/maven-wrapper.properties")));
        if (ci.github()) {
            entries.add(Entry.of("ci/.github/workflows/board-pack.yml", ".github/workflows/board-pack.yml"));
            entries.add(Entry.of("ci/.github/dependabot.yml", ".github/dependabot.yml"));
        }
        if (ci.gitlab()) {
            entries.add(Entry.of("ci/.gitlab-ci.yml", ".gitlab-ci.yml"));
        }
        return entries;
    }

    /** The files in the folder that init would overwrite. */
    public static List<Path> clashes(Path folder, Ci ci) {
        List<Path> clashes = new ArrayList<>();
        List<String> targets =
                new ArrayList<>(entries(ci).stream().map(Entry::target).toList());
        targets.add(SCHEMA_FILE);
        for (String name : targets) {
            Path file = folder.resolve(name);
            if (Files.exists(file)) {
                clashes.add(file);
            }
        }
        return clashes;
    }

    /**
     * Writes the starter into the folder, creating it when needed; returns the files written. The pom names
     * {@code matreportVersion}, the release that the trust's build will fetch.
     */
    public static List<Path> write(Path folder, Ci ci, String matreportVersion) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Entry entry : entries(ci)) {
            Path file = folder.resolve(entry.target());
            Files.createDirectories(file.getParent());
            byte[] content = resource(entry.resource());
            if (entry.target().equals("pom.xml")) {
                content = new String(content, StandardCharsets.UTF_8)
                        .replace(VERSION_MARK, matreportVersion)
                        .getBytes(StandardCharsets.UTF_8);
            }
            AtomicFiles.write(file, content);
            if (entry.executable()
                    && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            written.add(file);
        }
        Path schema = folder.resolve(SCHEMA_FILE);
        AtomicFiles.write(schema, TrustSchema.generate().getBytes(StandardCharsets.UTF_8));
        written.add(schema);
        return written;
    }

    private static byte[] resource(String name) {
        String path = ROOT + name;
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

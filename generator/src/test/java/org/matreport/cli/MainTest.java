package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own behaviour: commands, options, exit codes and messages. */
class MainTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");

    @TempDir
    Path temp;

    @Test
    void versionNamesTheTool() {
        Cli result = Cli.run("--version");
        assertEquals(Main.OK, result.exitCode());
        assertTrue(result.out().startsWith("matreport "), result.out());
        assertFalse(result.out().contains("unknown"), "the build should stamp the version: " + result.out());
    }

    @Test
    void helpListsEveryCommand() {
        Cli result = Cli.run("--help");
        assertEquals(Main.OK, result.exitCode());
        for (String command : new String[] {"generate", "check", "schema", "init"}) {
            assertTrue(result.out().contains(command), "help lacks " + command + ":\n" + result.out());
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Cli result = Cli.run();
        assertEquals(Main.INVALID, result.exitCode());
        assertTrue(result.err().contains("generate, check, schema or init"), result.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli result = Cli.run("generate", "--colour", "red");
        assertEquals(Main.INVALID, result.exitCode());
        assertTrue(result.err().contains("--colour"), result.err());
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheAllowedOnes() {
        Cli result = Cli.run("generate", EXAMPLE.toString(), "-o", temp.toString(), "--format", "md,docx");
        assertEquals(Main.INVALID, result.exitCode());
        assertTrue(result.err().contains("unknown format 'docx'; use one or more of md, html, pdf"), result.err());
        assertTrue(isEmpty(temp), "nothing should be written on a usage error");
    }

    @Test
    void generateWritesTheExamplePackInEveryFormat() throws IOException {
        Cli result = Cli.run("generate", EXAMPLE.toString(), "-o", temp.toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        for (String extension : new String[] {"md", "html", "pdf"}) {
            Path file = temp.resolve("northern-lights-academy-trust." + extension);
            assertTrue(Files.size(file) > 0, file + " is empty");
            assertTrue(result.out().contains(file.toString()), "the output does not name " + file);
        }
    }

    @Test
    void generateWritesOnlyTheFormatsAsked() throws IOException {
        Cli result = Cli.run("generate", EXAMPLE.toString(), "-o", temp.toString(), "--format", "md");
        assertEquals(Main.OK, result.exitCode(), result.all());
        try (var files = Files.list(temp)) {
            assertEquals(
                    java.util.List.of("northern-lights-academy-trust.md"),
                    files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void generateRefusesToWriteIntoTheTrustFolder() throws IOException {
        Path trust = copyOfExample();
        Cli result = Cli.run("generate", trust.toString(), "-o", trust.toString());
        assertEquals(Main.INVALID, result.exitCode());
        assertTrue(result.err().contains("is the trust folder or holds it"), result.err());
    }

    @Test
    void checkPassesTheExample() {
        Cli result = Cli.run("check", EXAMPLE.toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
    }

    @Test
    void checkOfAMissingFolderSaysSo() {
        Cli result = Cli.run("check", temp.resolve("nowhere").toString());
        assertEquals(Main.INVALID, result.exitCode());
        assertTrue(result.err().contains("nowhere"), result.err());
        assertFalse(result.all().contains("Exception"), result.all());
    }

    @Test
    void schemaPrintsJsonSchemaOfTheTrustFiles() throws IOException {
        Cli result = Cli.run("schema");
        assertEquals(Main.OK, result.exitCode(), result.err());
        JsonNode schema = new ObjectMapper().readTree(result.out());
        assertTrue(schema.path("$schema").asText().contains("json-schema.org"), result.out());
        assertTrue(schema.path("properties").has("schools"), "the schema lacks the schools section");
    }

    @Test
    void initWritesAStarterFolderThatPassesCheck() {
        Path folder = temp.resolve("new-trust");
        Cli init = Cli.run("init", folder.toString());
        assertEquals(Main.OK, init.exitCode(), init.all());
        for (String name : new String[] {"trust.yaml", "schools.yaml", "pom.xml", "trust.schema.json"}) {
            assertTrue(Files.isRegularFile(folder.resolve(name)), "init did not write " + name);
        }
        Cli check = Cli.run("check", folder.toString());
        assertEquals(Main.OK, check.exitCode(), check.all());
    }

    @Test
    void initRefusesToOverwriteATrust() throws IOException {
        Path folder = temp.resolve("existing");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("trust.yaml"), "schema: matreport/v1\n");
        Cli result = Cli.run("init", folder.toString());
        assertEquals(Main.INVALID, result.exitCode());
        assertTrue(result.err().contains("trust.yaml"), result.err());
        assertEquals("schema: matreport/v1\n", Files.readString(folder.resolve("trust.yaml")));
    }

    private Path copyOfExample() throws IOException {
        Path copy = temp.resolve("trust");
        Files.createDirectories(copy);
        try (var files = Files.list(EXAMPLE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static boolean isEmpty(Path folder) {
        try (var files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

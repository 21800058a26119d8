package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
        for (String command : new String[] {"generate", "check", "diff", "import-gias", "schema", "init"}) {
            assertTrue(result.out().contains(command), "help lacks " + command + ":\n" + result.out());
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Cli result = Cli.run();
        assertEquals(Main.INVALID, result.exitCode());
        assertTrue(
                result.err().contains("generate, check, rules, diff, import-gias, schema, init or serve"),
                result.err());
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
    void theAppendixOptionCutsTheStrategyTeamsPagesInEveryFormat() throws IOException {
        Cli none =
                Cli.run("generate", EXAMPLE.toString(), "-o", temp.toString(), "--format", "md", "--appendix", "none");
        assertEquals(Main.OK, none.exitCode(), none.all());
        String md = Files.readString(temp.resolve("northern-lights-academy-trust.md"));
        assertTrue(md.contains("## For the strategy team\n"), md);
        assertFalse(md.contains("### Rule catalogue"), "no catalogue in a pack without an appendix");
        assertFalse(md.contains(".yaml:"), "no file locations either");

        Cli bad = Cli.run(
                "generate", EXAMPLE.toString(), "-o", temp.resolve("bad").toString(), "--appendix", "long");
        assertEquals(Main.INVALID, bad.exitCode());
        assertTrue(bad.err().contains("--appendix: unknown appendix \"long\": use full, short or none"), bad.err());
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

    /** The PDF is read back as a trustee's reader would: every school of the example must be in its text. */
    @Test
    void theExamplePdfNamesEverySchool() throws IOException {
        Cli result = Cli.run("generate", EXAMPLE.toString(), "-o", temp.toString(), "--format", "pdf");
        assertEquals(Main.OK, result.exitCode(), result.all());
        String text;
        try (PDDocument pdf =
                Loader.loadPDF(temp.resolve("northern-lights-academy-trust.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 3, "the pack should run over several pages");
            // A long name may wrap inside its table cell; the words, not the line breaks, are what a reader finds.
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(
                glyphText(temp.resolve("northern-lights-academy-trust.pdf"))
                        .chars()
                        .noneMatch(c -> c >= 0xFB00 && c <= 0xFB06),
                "a ligature glyph hides its letters from search and screen readers");
        List<String> names = exampleSchoolNames();
        assertEquals(12, names.size(), "the example has twelve schools");
        for (String name : names) {
            assertTrue(text.contains(name), "the PDF lacks " + name);
        }
    }

    @Test
    void checkFailsAtTheChosenLevel() {
        assertEquals(Main.OK, Cli.run("check", EXAMPLE.toString()).exitCode());
        Cli strict = Cli.run("check", EXAMPLE.toString(), "--fail-on", "warning");
        assertEquals(Main.FINDINGS, strict.exitCode(), strict.all());
        assertTrue(strict.out().contains("warning BRK-507"), strict.out());
        assertEquals(
                Main.OK,
                Cli.run("check", EXAMPLE.toString(), "--fail-on", "none").exitCode());
    }

    @Test
    void checkRefusesAnUnknownLevelOrFormat() {
        Cli level = Cli.run("check", EXAMPLE.toString(), "--fail-on", "severe");
        assertEquals(Main.INVALID, level.exitCode());
        assertTrue(level.err().contains("use error, warning, info or none"), level.err());
        Cli format = Cli.run("check", EXAMPLE.toString(), "--format", "xml");
        assertEquals(Main.INVALID, format.exitCode());
        assertTrue(format.err().contains("use text, json, sarif, codequality or github"), format.err());
    }

    @Test
    void checkWritesSarifWithLocatedResults() throws IOException {
        Cli result = Cli.run("check", EXAMPLE.toString(), "--format", "sarif");
        assertEquals(Main.OK, result.exitCode(), result.err());
        JsonNode sarif = new ObjectMapper().readTree(result.out());
        assertEquals("2.1.0", sarif.path("version").asText());
        JsonNode location = sarif.at("/runs/0/results/0/locations/0/physicalLocation");
        assertTrue(location.path("artifactLocation").path("uri").asText().endsWith("trust.yaml"), location.toString());
        assertTrue(location.at("/region/startLine").asInt() > 0, location.toString());
    }

    @Test
    void generateRendersOnlyWhenSomethingChangedUnlessForced() {
        String[] generate = {"generate", EXAMPLE.toString(), "-o", temp.toString(), "--format", "md"};
        assertTrue(Cli.run(generate).out().contains("Wrote "), "the first run renders");

        Cli second = Cli.run(generate);
        assertEquals(Main.OK, second.exitCode(), second.all());
        assertFalse(second.out().contains("Wrote "), second.out());
        assertTrue(second.out().contains("Nothing changed since the last run"), second.out());

        String[] forced = {"generate", EXAMPLE.toString(), "-o", temp.toString(), "--format", "md", "--force"};
        assertTrue(Cli.run(forced).out().contains("Wrote "), "--force renders again");
    }

    @Test
    void generateWritesOnlyTheFormatsAskedAndTheFindingsBesideThem() throws IOException {
        Cli result = Cli.run("generate", EXAMPLE.toString(), "-o", temp.toString(), "--format", "md");
        assertEquals(Main.OK, result.exitCode(), result.all());
        try (var files = Files.list(temp)) {
            assertEquals(
                    java.util.List.of(
                            "northern-lights-academy-trust.findings.json",
                            "northern-lights-academy-trust.md",
                            "northern-lights-academy-trust.sarif"),
                    files.map(f -> f.getFileName().toString())
                            .filter(name -> !name.startsWith(".")) // the hidden fingerprint of the run
                            .sorted()
                            .toList());
        }
        JsonNode findings = new ObjectMapper()
                .readTree(temp.resolve("northern-lights-academy-trust.findings.json")
                        .toFile());
        assertEquals(1, findings.at("/summary/warning").asInt(), findings.toString());
        JsonNode sarif = new ObjectMapper()
                .readTree(temp.resolve("northern-lights-academy-trust.sarif").toFile());
        assertEquals("2.1.0", sarif.path("version").asText());
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
    void initRefusesToOverwriteATrust() throws IOException {
        Path folder = temp.resolve("existing");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("trust.yaml"), "schema: matreport/v1\n");
        Cli result = Cli.run("init", folder.toString());
        assertEquals(Main.INVALID, result.exitCode());
        assertTrue(result.err().contains("trust.yaml"), result.err());
        assertEquals("schema: matreport/v1\n", Files.readString(folder.resolve("trust.yaml")));
    }

    /**
     * The text each glyph of the PDF stands for, as the file says it: PDFTextStripper's own output would quietly turn
     * ligatures back into letters, hiding what other readers see.
     */
    private static String glyphText(Path pdfFile) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(position -> glyphs.append(position.getUnicode()));
            }
        };
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            collector.getText(pdf);
        }
        return glyphs.toString();
    }

    /** The names as written in the example's schools.yaml, read without the loader under test. */
    private static List<String> exampleSchoolNames() throws IOException {
        return Files.readAllLines(EXAMPLE.resolve("schools.yaml")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("name: "))
                .map(line -> line.substring("name: ".length()).strip())
                .toList();
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

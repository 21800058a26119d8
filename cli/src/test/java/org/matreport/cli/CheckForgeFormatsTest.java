package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;

/** {@code check --format codequality|github} and {@code --summary}, as a CI job calls them. */
class CheckForgeFormatsTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");

    @TempDir
    Path temp;

    @Test
    void codeQualityOnTheCommandLineListsTheFindingsThatCountWithRepositoryPaths() throws IOException {
        Cli result = Cli.run("check", EXAMPLE.toString(), "--format", "codequality");
        assertEquals(Main.OK, result.exitCode(), result.err());
        JsonNode issues = new ObjectMapper().readTree(result.out());
        assertTrue(issues.isArray() && issues.size() > 0, result.out());
        for (JsonNode issue : issues) {
            assertTrue(issue.at("/location/path").asText().startsWith("example-trust/"), issue.toString());
            assertEquals(64, issue.path("fingerprint").asText().length(), issue.toString());
        }
    }

    @Test
    void githubFormatPrintsOneWorkflowCommandPerFindingThatCounts() {
        Cli result = Cli.run("check", EXAMPLE.toString(), "--format", "github");
        assertEquals(Main.OK, result.exitCode(), result.err());
        assertTrue(result.out().lines().findAny().isPresent(), "the example has findings to annotate");
        result.out()
                .lines()
                .forEach(line -> assertTrue(
                        line.matches(
                                "::(error|warning|notice) file=example-trust/[a-z]+\\.yaml,line=\\d+,col=\\d+,title=.+::.+"),
                        line));
    }

    @Test
    void summaryWritesMarkdownToTheFileNamed() throws IOException {
        Path summary = temp.resolve("summary.md");
        Cli result = Cli.run("check", EXAMPLE.toString(), "--summary", summary.toString());
        assertEquals(Main.OK, result.exitCode(), result.err());
        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("### matreport: Northern Lights Academy Trust"), markdown);
        assertTrue(markdown.contains("| severity | rule | where | finding | what to do |"), markdown);
    }

    @Test
    void aStaleSchemaCopyIsNotedOnStandardErrorLeavingTheReportReadable() throws Exception {
        Path trust = TestFiles.copy(EXAMPLE, temp.resolve("trust"));
        Path copy = trust.resolve("trust.schema.json");
        Files.writeString(copy, Files.readString(copy).replaceFirst("\"boardMeeting\"", "\"meeting\""));
        Cli result = Cli.run("check", trust.toString(), "--format", "json");
        assertEquals(Main.OK, result.exitCode(), result.err());
        new ObjectMapper().readTree(result.out());
        assertTrue(result.err().contains("refresh it with: matreport schema -o " + copy), result.err());
    }
}

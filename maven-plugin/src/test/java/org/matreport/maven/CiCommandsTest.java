package org.matreport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The example trust's CI files run exactly the commands the README documents for publishing a board pack, so that
 * neither the files nor the README can change without the other.
 */
class CiCommandsTest {

    private static final Path ROOT = Path.of("..");
    private static final Path GITHUB = ROOT.resolve("example-trust/.github/workflows/board-pack.yml");
    private static final Path GITLAB = ROOT.resolve("example-trust/.gitlab-ci.yml");
    private static final String README_SECTION = "## Publishing the board pack from CI";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Both run the README's first block; GitHub also the second, which prints the findings for the pull request. */
    @Test
    void theGitHubWorkflowRunsTheDocumentedCommands() throws IOException {
        List<Set<String>> blocks = readmeBlocks();
        assertEquals(2, blocks.size(), "the README's CI section shows the shared commands, then GitHub's own");
        Set<String> both = new TreeSet<>(blocks.get(0));
        both.addAll(blocks.get(1));
        assertEquals(both, githubCommands());
    }

    @Test
    void theGitLabPipelineRunsTheDocumentedCommands() throws IOException {
        assertEquals(readmeBlocks().get(0), gitlabCommands());
    }

    @Test
    void theGitHubWorkflowUploadsTheSarifThatCheckWrites() throws IOException {
        List<String> sarifFiles = new ArrayList<>();
        for (JsonNode job : YAML.readTree(GITHUB.toFile()).path("jobs")) {
            for (JsonNode step : job.path("steps")) {
                if (step.path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) {
                    sarifFiles.add(step.path("with").path("sarif_file").asText());
                }
            }
        }
        assertEquals(List.of("target/matreport/findings.sarif"), sarifFiles);
        assertTrue(readme().contains("`target/matreport/findings.sarif`"), "the README names the SARIF file");
    }

    @Test
    void theGitLabPipelineReportsTheCodeQualityThatCheckWritesAndPublishesPagesFromTheDefaultBranch()
            throws IOException {
        JsonNode pipeline = YAML.readTree(GITLAB.toFile());
        assertEquals(
                "target/matreport/findings.codequality.json",
                pipeline.at("/board-pack/artifacts/reports/codequality").asText());
        assertEquals(
                "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH",
                pipeline.at("/pages/rules/0/if").asText());
        assertTrue(readme().contains("`target/matreport/findings.codequality.json`"));
    }

    /** Every line of every {@code run} step. */
    private static Set<String> githubCommands() throws IOException {
        Set<String> commands = new TreeSet<>();
        for (JsonNode job : YAML.readTree(GITHUB.toFile()).path("jobs")) {
            for (JsonNode step : job.path("steps")) {
                if (step.has("run")) {
                    step.get("run")
                            .asText()
                            .lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .forEach(commands::add);
                }
            }
        }
        assertFalse(commands.isEmpty(), "the workflow runs nothing");
        return commands;
    }

    /** Every line of every job's {@code script}; top-level keys that are not jobs have none. */
    private static Set<String> gitlabCommands() throws IOException {
        Set<String> commands = new TreeSet<>();
        for (JsonNode job : YAML.readTree(GITLAB.toFile())) {
            for (JsonNode line : job.path("script")) {
                commands.add(line.asText().strip());
            }
        }
        assertFalse(commands.isEmpty(), "the pipeline runs nothing");
        return commands;
    }

    /** The lines of each fenced {@code sh} block in the README's section on CI, block by block. */
    private static List<Set<String>> readmeBlocks() throws IOException {
        String readme = readme();
        int start = readme.indexOf(README_SECTION);
        assertTrue(start >= 0, "the README has no section '" + README_SECTION + "'");
        int end = readme.indexOf("\n## ", start + README_SECTION.length());
        String section = end < 0 ? readme.substring(start) : readme.substring(start, end);
        List<Set<String>> blocks = new ArrayList<>();
        Set<String> commands = null;
        for (String line : section.lines().toList()) {
            if (line.startsWith("```")) {
                if (commands == null && line.strip().equals("```sh")) {
                    commands = new TreeSet<>();
                } else if (commands != null) {
                    blocks.add(commands);
                    commands = null;
                }
                continue;
            }
            if (commands != null && !line.isBlank()) {
                commands.add(line.strip());
            }
        }
        assertFalse(blocks.isEmpty() || blocks.get(0).isEmpty(), "the README's CI section shows no command");
        return blocks;
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }
}

package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;

/** {@code matreport diff} over git repositories the tests build, and over a findings file. */
class DiffCommandTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** The example trust kept in {@code strategy/}, then a second commit that a board would want to hear about. */
    private GitRepository twoPacks() throws Exception {
        GitRepository git = GitRepository.withTrust(temp, "strategy", EXAMPLE);
        git.commit("The pack of December");
        // A high performer joining an aligned trust was the worry; the school is now judged secure.
        git.replace(
                "strategy/trust.yaml", "performance: high            # a strong", "performance: secure          # a");
        git.replace("strategy/trust.yaml", "expected: 2027-09-01", "expected: 2028-01-01");
        git.replace("strategy/trust.yaml", "cluster: alignment", "cluster: mixed");
        git.replace(
                "strategy/trust.yaml",
                "teacherDevelopment:    { target: common,",
                "teacherDevelopment:    { target: shared-principles,");
        git.replace(
                "strategy/trust.yaml",
                "pedagogy:              { target: common, current: partly, approach: collaborative",
                "pedagogy:              { target: common, current: partly, approach: central");
        git.replace(
                "strategy/trust.yaml", "target: { value: 68, year: 2028/29 }", "target: { value: 70, year: 2029/30 }");
        git.replace("strategy/trust.yaml", "boardMeeting: 2026-12-10", "boardMeeting: 2027-09-15");
        // The funding reform's assessment is withdrawn, and it now falls within the horizon of the later meeting.
        git.replace("strategy/trust.yaml", "    assessed: 2026-11-04\n", "");
        git.replace("strategy/trust.yaml", "STR-206: warning", "STR-206: warning\n    BRK-513: warning");
        git.replace(
                "strategy/trust.yaml",
                "acknowledgements:\n",
                "acknowledgements:\n  - rule: BRK-513\n    reason: Two regions share one curriculum by design.\n"
                        + "    owner: Chair of Trustees\n    until: 2028-07-31\n");
        git.replace(
                "strategy/schools.yaml",
                "  - urn: 141211\n    name: Wharfe View Primary Academy\n    phase: primary\n"
                        + "    region: Yorkshire and The Humber\n    localAuthority: Bradford\n    pupils: 340\n"
                        + "    joined: 2024-09-01\n    group: east-pennine\n    performance: secure\n"
                        + "    performanceBasis: [ofsted, outcomes]\n",
                "");
        git.append(
                "strategy/schools.yaml",
                "  - urn: 141299\n    name: Luddenden Dean Academy\n    phase: primary\n"
                        + "    region: Yorkshire and The Humber\n    localAuthority: Calderdale\n    pupils: 210\n"
                        + "    joined: 2026-09-01\n    group: east-pennine\n    performance: secure\n");
        git.commit("The pack of September");
        return git;
    }

    @Test
    void changesSinceTheLastCommitNameEachFindingAndDataChange() throws Exception {
        twoPacks();
        Cli result = Cli.run(
                "diff",
                "--since",
                "HEAD~1",
                "--format",
                "json",
                temp.resolve("strategy").toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        JsonNode changes = JSON.readTree(result.out());
        assertTrue(changes.path("since").asText().endsWith("(HEAD~1)"), changes.toString());

        JsonNode findings = changes.path("findings");
        assertTrue(findings.path("compared").asBoolean());
        assertEquals(List.of("BRK-507"), rules(findings.path("resolved")));
        assertTrue(rules(findings.path("severityChanged")).contains("BRK-513"), findings.toString());
        JsonNode severity = first(findings.path("severityChanged"), "BRK-513");
        assertEquals("info", severity.path("before").asText());
        assertEquals("warning", severity.path("after").asText());
        assertEquals(List.of("BRK-513"), rules(findings.path("newlyAcknowledged")));
        assertEquals(List.of("INT-606"), rules(findings.path("acknowledgementExpired")));
        // The later board meeting puts the scheme of delegation's review more than a year back, and the funding reform,
        // no longer assessed, within the policy horizon.
        assertEquals(List.of("BRK-531", "INT-604"), rules(findings.path("new")));

        List<String> data = new ArrayList<>();
        changes.path("data")
                .path("changes")
                .forEach(c -> data.add(c.path("topic").asText() + ": "
                        + c.path("subject").asText() + ": " + c.path("before").asText() + " -> "
                        + c.path("after").asText()));
        assertTrue(changes.path("data").path("compared").asBoolean());
        assertEquals(
                List.of(
                        "School joined: Luddenden Dean Academy (141299): not in the trust -> joined 2026-09-01",
                        "School left: Wharfe View Primary Academy (141211): in the trust -> left",
                        "Strategy cluster: the trust: alignment -> mixed",
                        "Area approach: pedagogy: collaborative -> central",
                        "Area target: teacher development: common -> shared principles",
                        "Outcome target: ks2-reading-writing-maths: 68 by 2028/29 -> 70 by 2029/30",
                        "Growth date moved: Cribden Fold Primary School (148210): 2027-09-01 -> 2028-01-01",
                        "Policy assessed: Reform of the school funding formula (funding-formula): 2026-11-04 -> not"
                                + " assessed"),
                data);
    }

    @Test
    void textFormatShowsOldAndNewWithAnArrow() throws Exception {
        twoPacks();
        Cli result =
                Cli.run("diff", "--since", "HEAD~1", temp.resolve("strategy").toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        assertTrue(result.out().contains("Area target: teacher development: common → shared principles"), result.out());
        assertTrue(result.out().contains("Findings resolved (1)"), result.out());
    }

    @Test
    void markdownFormatIsThePacksSection() throws Exception {
        twoPacks();
        Cli result = Cli.run(
                "diff",
                "--since",
                "HEAD~1",
                "--format",
                "md",
                temp.resolve("strategy").toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        assertTrue(result.out().startsWith("## Changes since the last pack\n"), result.out());
        assertTrue(
                result.out()
                        .contains(
                                "| Growth date moved | Cribden Fold Primary School (148210) | 2027-09-01 | 2028-01-01 |"),
                result.out());
    }

    @Test
    void generateSinceAddsTheSectionToEveryFormat() throws Exception {
        twoPacks();
        Path out = temp.resolve("out");
        Cli result = Cli.run(
                "generate",
                "--since",
                "HEAD~1",
                "-o",
                out.toString(),
                temp.resolve("strategy").toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        String markdown = Files.readString(only(out, ".md"), StandardCharsets.UTF_8);
        int changes = markdown.indexOf("## Changes since the last pack");
        assertTrue(changes > 0, markdown);
        assertTrue(changes < markdown.indexOf("## Vision"), "the changes come before the strategy itself");
        assertTrue(markdown.contains("| School left | Wharfe View Primary Academy (141211) | in the trust | left |"));
        String html = Files.readString(only(out, ".html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Changes since the last pack</h2>"), html);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(only(out, ".pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Changes since the last pack"), text);
            assertTrue(text.contains("Luddenden Dean Academy"), text);
        }
    }

    @Test
    void generateWithoutSinceHasNoChangesSection() throws Exception {
        twoPacks();
        Path out = temp.resolve("out");
        Cli result = Cli.run(
                "generate",
                "--format",
                "md",
                "-o",
                out.toString(),
                temp.resolve("strategy").toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        assertFalse(Files.readString(only(out, ".md"), StandardCharsets.UTF_8).contains("Changes since"));
    }

    @Test
    void oldRevisionWithInvalidDataIsComparedAsFarAsItLoads() throws Exception {
        GitRepository git = GitRepository.withTrust(temp, "", EXAMPLE);
        git.replace("trust.yaml", "schema: matreport/v1", "schema: matreport/v0");
        git.replace("trust.yaml", "cluster: alignment", "cluster: alignment\n  stance: firm");
        git.commit("Written for an older version");
        git.replace("trust.yaml", "schema: matreport/v0", "schema: matreport/v1");
        git.replace("trust.yaml", "cluster: alignment\n  stance: firm", "cluster: alignment");
        git.replace(
                "trust.yaml",
                "identity:              { target: shared-principles,",
                "identity:              { target: common,");
        git.commit("Brought up to date");

        Cli result = Cli.run("diff", "--since", "HEAD~1", "--format", "json", temp.toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        JsonNode changes = JSON.readTree(result.out());
        String notes = changes.path("notes").toString();
        assertTrue(notes.contains("schema 'matreport/v0' is not supported"), notes);
        assertTrue(notes.contains("unknown key 'stance'"), notes);
        assertTrue(notes.contains("findings were not compared"), notes);
        assertFalse(changes.path("findings").path("compared").asBoolean());
        assertTrue(changes.path("data").path("compared").asBoolean());
        JsonNode only = changes.path("data").path("changes");
        assertEquals(1, only.size(), only.toString());
        assertEquals("Area target", only.get(0).path("topic").asText());
        assertEquals("identity", only.get(0).path("subject").asText());
    }

    @Test
    void sectionsAnOldRevisionCouldNotReadAreLeftOutNotReportedAsNew() throws Exception {
        GitRepository git = GitRepository.withTrust(temp, "", EXAMPLE);
        git.replace("trust.yaml", "strategy:\n  cluster: alignment", "strategy:\n  cluster: [alignment");
        git.commit("A bracket left open");
        git.replace("trust.yaml", "strategy:\n  cluster: [alignment", "strategy:\n  cluster: alignment");
        git.replace("schools.yaml", "  - urn: 141211\n", "  - urn: 141213\n");
        git.commit("Fixed, and a school replaced");

        Cli result = Cli.run("diff", "--since", "HEAD~1", "--format", "json", temp.toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        JsonNode changes = JSON.readTree(result.out());
        assertTrue(changes.path("notes").toString().contains("trust.yaml:"), changes.toString());
        List<String> topics = new ArrayList<>();
        changes.path("data")
                .path("changes")
                .forEach(c -> topics.add(
                        c.path("topic").asText() + " " + c.path("subject").asText()));
        assertEquals(
                List.of(
                        "School joined Wharfe View Primary Academy (141213)",
                        "School left Wharfe View Primary Academy (141211)"),
                topics);
    }

    @Test
    void sinceJsonComparesFindingsOnly() throws Exception {
        Path trust = temp.resolve("trust");
        GitRepository.withTrust(temp, "trust", EXAMPLE);
        Cli before = Cli.run("check", "--format", "json", trust.toString());
        Path findings = temp.resolve("december.findings.json");
        Files.writeString(findings, before.out(), StandardCharsets.UTF_8);
        Files.writeString(
                trust.resolve("trust.yaml"),
                Files.readString(trust.resolve("trust.yaml"), StandardCharsets.UTF_8)
                        .replace("performance: high            # a strong", "performance: secure # a"),
                StandardCharsets.UTF_8);

        Cli result = Cli.run("diff", "--since-json", findings.toString(), "--format", "json", trust.toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        JsonNode changes = JSON.readTree(result.out());
        assertEquals(List.of("BRK-507"), rules(changes.path("findings").path("resolved")));
        assertEquals(0, changes.path("findings").path("new").size());
        assertFalse(changes.path("data").path("compared").asBoolean());
    }

    @Test
    void aFileThatIsNotFindingsIsAClearError() throws Exception {
        Path notFindings = temp.resolve("notes.json");
        Files.writeString(notFindings, "{\"minutes\": []}");
        Cli result = Cli.run("diff", "--since-json", notFindings.toString(), EXAMPLE.toString());
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("is not a findings file"), result.err());
    }

    @Test
    void aRevisionThatDoesNotExistIsAClearError() throws Exception {
        GitRepository.withTrust(temp, "", EXAMPLE).commit("One pack");
        Cli result = Cli.run("diff", "--since", "no-such-tag", temp.toString());
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("'no-such-tag' is not a commit"), result.err());
    }

    @Test
    void aFolderOutsideGitIsAClearError() throws Exception {
        Path trust = temp.resolve("plain");
        TestFiles.copy(EXAMPLE, trust);
        Cli result = Cli.run("diff", "--since", "HEAD", trust.toString());
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("is not in a git repository"), result.err());
    }

    @Test
    void sinceAndSinceJsonTogetherIsAUsageError() {
        Cli result = Cli.run("diff", "--since", "HEAD", "--since-json", "x.json", EXAMPLE.toString());
        assertEquals(Main.INVALID, result.exitCode(), result.all());
    }

    private static List<String> rules(JsonNode list) {
        List<String> rules = new ArrayList<>();
        list.forEach(n -> rules.add(n.path("rule").asText()));
        return rules;
    }

    private static JsonNode first(JsonNode list, String rule) {
        for (JsonNode n : list) {
            if (n.path("rule").asText().equals(rule)) {
                return n;
            }
        }
        throw new AssertionError(rule + " not in " + list);
    }

    private static Path only(Path folder, String extension) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(extension))
                    .findFirst()
                    .orElseThrow();
        }
    }
}

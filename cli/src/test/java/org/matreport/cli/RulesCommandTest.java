package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.rules.Rulebook;

/** {@code matreport rules}: the catalogue with the trust's own severities, disabled rules and thresholds. */
class RulesCommandTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");

    @TempDir
    Path temp;

    @Test
    void withoutATrustItListsEveryRuleWithTheDefaults() throws Exception {
        Cli result =
                Cli.run("rules", "--format", "json", temp.resolve("nowhere").toString());
        assertEquals(Main.INVALID, result.exitCode(), "a missing trust folder is an error, not the defaults");

        // The tests run in a folder without trust.yaml, so no folder named means the catalogue's defaults.
        Cli defaults = Cli.run("rules", "--format", "json");
        assertEquals(Main.OK, defaults.exitCode(), defaults.all());
        JsonNode root = new ObjectMapper().readTree(defaults.out());
        assertEquals(Rulebook.catalogue().size(), root.get("rules").size());
        assertEquals(10, root.get("thresholds").get("oversightSchools").asInt());
        assertEquals("info", rule(root, "STR-206").get("severity").asText());
    }

    @Test
    void aTrustsSettingsShowInEveryFormat() throws Exception {
        String trust = emptyTrustWithSettings("""
                settings:
                  thresholds:
                    oversightSchools: 8
                  severity:
                    STR-206: warning
                  disabled: [INT-606]
                """);

        JsonNode root = new ObjectMapper()
                .readTree(Cli.run("rules", "--format", "json", trust).out());
        assertEquals(8, root.get("thresholds").get("oversightSchools").asInt());
        JsonNode str206 = rule(root, "STR-206");
        assertEquals("warning", str206.get("severity").asText());
        assertEquals("info", str206.get("defaultSeverity").asText());
        assertTrue(rule(root, "INT-606").get("disabled").asBoolean());
        assertFalse(rule(root, "INT-605").get("disabled").asBoolean());

        Cli text = Cli.run("rules", trust);
        assertEquals(Main.OK, text.exitCode(), text.all());
        assertTrue(text.out().contains("STR-206 case-for-change-missing (warning, S→A)"), text.out());
        assertTrue(text.out().contains("INT-606 low-development-investment (info, I) [disabled]"), text.out());
        assertTrue(text.out().contains("oversightSchools = 8"), text.out());
        assertTrue(text.out().contains("BRK-501 oversight-at-scale (warning, G)"), text.out());

        Cli markdown = Cli.run("rules", "--format", "md", trust);
        assertTrue(markdown.out().contains("| STR-206 | case-for-change-missing | warning | S→A |"), markdown.out());
        assertTrue(markdown.out().contains("| oversightSchools | 8 |"), markdown.out());
    }

    @Test
    void everyThresholdShowsItsBasisAndEveryRuleItsSource() throws Exception {
        Cli text = Cli.run("rules");
        assertTrue(
                text.out()
                        .contains("groupSize = 6 (schools a hub or cluster can hold while meeting often; basis:"
                                + " project default)"),
                text.out());
        assertTrue(
                text.out()
                        .contains("oversightSchools = 10 (schools at which the executive needs an education"
                                + " lead; basis: sector source: Department for Education, Opportunity for all"),
                text.out());
        assertTrue(
                text.out().contains("expects trusts to reach that size; they are not a finding of Building"),
                text.out());

        JsonNode root =
                new ObjectMapper().readTree(Cli.run("rules", "--format", "json").out());
        assertEquals(
                "seed",
                root.get("thresholdBasis")
                        .get("ceoDeliverySchools")
                        .get("basis")
                        .asText());
        assertTrue(root.get("thresholdBasis")
                .get("researchPercent")
                .get("grounds")
                .asText()
                .contains("Global Innovation 1000"));
        assertTrue(rule(root, "INT-606").get("source").asText().contains("corporate"));

        Cli markdown = Cli.run("rules", "--format", "md");
        assertTrue(
                markdown.out()
                        .contains("| policyHorizonMonths | 18 | months ahead of the board meeting within which"
                                + " a policy change should be assessed | project default |"),
                markdown.out());
    }

    @Test
    void theExampleTrustsCatalogueReadsBack() {
        Cli result = Cli.run("rules", EXAMPLE.toString());
        assertEquals(Main.OK, result.exitCode(), result.all());
        for (var rule : Rulebook.catalogue()) {
            assertTrue(result.out().contains(rule.id() + " " + rule.name()), "missing " + rule.id());
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli result = Cli.run("rules", "--format", "pdf");
        assertEquals(Main.INVALID, result.exitCode());
        assertTrue(result.err().contains("'pdf' is not a format; use text, json or md"), result.err());
    }

    private String emptyTrustWithSettings(String settings) throws Exception {
        Path folder = Files.createTempDirectory(temp, "trust");
        Files.writeString(folder.resolve("trust.yaml"), """
                schema: matreport/v1
                trust:
                  name: Small Trust
                  period: 2026/27
                vision:
                  statement: Every child reads well.
                strategy:
                  cluster: autonomy
                operatingModel:
                  models: [consultants]
                schools:
                  - urn: 100001
                    name: Only School
                    phase: primary
                    region: London
                """ + settings);
        return folder.toString();
    }

    private static JsonNode rule(JsonNode root, String id) {
        for (JsonNode rule : root.get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }
}

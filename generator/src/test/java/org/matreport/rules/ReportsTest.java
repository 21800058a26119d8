package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matreport.findings.CodeQualityReport;
import org.matreport.findings.JsonReport;
import org.matreport.findings.SarifReport;
import org.matreport.findings.TextReport;
import org.matreport.load.Location;
import org.matreport.load.SourceMap;
import org.matreport.model.Area;
import org.matreport.model.BoardSkill;
import org.matreport.model.Performance;
import org.matreport.model.Region;
import org.matreport.model.Trust;

class ReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An error, a warning acknowledged, a warning counted, an info, and a Welsh school name. */
    private static CheckResult sample() {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.withoutArea(Area.PEDAGOGY);
        trust.skills.removeAll(List.of(BoardSkill.LEGAL, BoardSkill.AUDIT_RISK));
        trust.acknowledge("BRK-503", "audit-risk", "2027-03-31");
        trust.researchPercent = 2.0;
        trust.schools.add(
                TrustBuilder.school(100010, "Ysgol Gymraeg Llanfair 🌿", Region.LONDON, 200, Performance.SECURE));
        trust.disabled.add("VIS-103");
        return Fixtures.check(trust);
    }

    @Test
    void textHasOneLinePerFindingGroupedBySeverityThenACountLine() {
        String text = new TextReport().write(sample());
        String[] lines = text.split("\n", -1);

        assertTrue(
                lines[0].startsWith("trust.yaml:41:3: error STR-201 alignment-core-undecided: Pedagogy is"), lines[0]);
        assertEquals("", lines[1], "a blank line separates severities");
        assertTrue(text.endsWith("1 error, 1 warning, 3 infos; 1 acknowledged; 1 rule disabled\n"), text);
        assertTrue(text.contains("Ysgol Gymraeg Llanfair 🌿 is the trust's only school in London"));
    }

    @Test
    void jsonHasTheDocumentedFieldsAndIsTheSameOnEveryRun() throws Exception {
        LocalDate generated = LocalDate.parse("2026-11-25");
        String first = new JsonReport().write(sample(), "Coherent Trust", generated);
        String second = new JsonReport().write(sample(), "Coherent Trust", generated);
        assertEquals(first, second);

        JsonNode root = JSON.readTree(first);
        assertEquals(
                List.of(
                        "trust",
                        "schema",
                        "generated",
                        "referenceDate",
                        "summary",
                        "disabled",
                        "thresholds",
                        "findings"),
                fieldNames(root));
        assertEquals("Coherent Trust", root.get("trust").asText());
        assertEquals("matreport/v1", root.get("schema").asText());
        assertEquals("2026-11-25", root.get("generated").asText());
        assertEquals("2026-12-10", root.get("referenceDate").asText());
        assertEquals(List.of("error", "warning", "info", "acknowledged"), fieldNames(root.get("summary")));
        assertEquals(1, root.get("summary").get("acknowledged").asInt());
        assertEquals("VIS-103", root.get("disabled").get(0).asText());
        JsonNode error = root.get("findings").get(0);
        assertEquals(
                List.of(
                        "rule",
                        "name",
                        "severity",
                        "link",
                        "when",
                        "message",
                        "subject",
                        "locations",
                        "acknowledgement",
                        "bringers",
                        "counts",
                        "rationale",
                        "action",
                        "source"),
                fieldNames(error));
        assertEquals("STR-201", error.get("rule").asText());
        assertEquals("S→A", error.get("link").asText());
        assertEquals("now", error.get("when").asText());
        assertTrue(error.get("acknowledgement").isNull());
        assertEquals(
                "alignment.areas", error.get("locations").get(0).get("path").asText());
        assertTrue(first.contains("Ysgol Gymraeg Llanfair 🌿"), "names come out intact");

        JsonNode acknowledged = findingOf(root, "BRK-503");
        assertEquals(List.of("owner", "reason", "until", "expired"), fieldNames(acknowledged.get("acknowledgement")));
        assertEquals(
                "2027-03-31", acknowledged.get("acknowledgement").get("until").asText());
        assertFalse(acknowledged.get("acknowledgement").get("expired").asBoolean());
    }

    @Test
    void jsonGivesAForecastItsDateAndTheSchoolsThatBringIt() throws Exception {
        TrustBuilder trust = TrustBuilder.coherent();
        trust.localGovernorsOnBoard = org.matreport.model.BoardRepresentation.ALL;
        trust.schoolCount(5);
        trust.growth.add(
                TrustBuilder.joining("Joining School", null, "2027-09-01", Region.NORTH_WEST, 300, Performance.SECURE));
        JsonNode root = JSON.readTree(
                new JsonReport().write(Fixtures.check(trust), "Coherent Trust", LocalDate.parse("2026-11-25")));
        JsonNode ahead = findingOf(root, "BRK-502");
        assertEquals("2027-09-01", ahead.get("when").asText());
        assertEquals("Joining School", ahead.get("bringers").get(0).asText());
        assertEquals(1, ahead.get("bringers").size());
    }

    private static JsonNode findingOf(JsonNode root, String rule) {
        for (JsonNode finding : root.get("findings")) {
            if (finding.get("rule").asText().equals(rule)) {
                return finding;
            }
        }
        throw new AssertionError("no " + rule + " finding in " + root);
    }

    @Test
    void sarifFollowsVersion210WithRulesAndLocatedResults() throws Exception {
        JsonNode root = JSON.readTree(new SarifReport("trusts/northern/").write(sample()));

        assertEquals("2.1.0", root.get("version").asText());
        assertEquals(SarifReport.SCHEMA, root.get("$schema").asText());
        JsonNode run = root.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        // The catalogue, then the two checks outside it: stale acknowledgements and starter text.
        assertEquals(Rulebook.catalogue().size() + 2, rules.size());
        assertEquals("VIS-101", rules.get(0).get("id").asText());
        assertEquals("outcomes-not-cited", rules.get(0).get("name").asText());
        assertFalse(rules.get(0).get("help").get("text").asText().isBlank());

        JsonNode results = run.get("results");
        assertEquals(sample().findings().size(), results.size());
        JsonNode error = results.get(0);
        assertEquals("STR-201", error.get("ruleId").asText());
        assertEquals(
                "STR-201", rules.get(error.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("error", error.get("level").asText());
        JsonNode physical = error.get("locations").get(0).get("physicalLocation");
        assertEquals(
                "trusts/northern/trust.yaml",
                physical.get("artifactLocation").get("uri").asText());
        assertEquals(41, physical.get("region").get("startLine").asInt());
        assertEquals(3, physical.get("region").get("startColumn").asInt());

        JsonNode info = results.get(results.size() - 1);
        assertEquals("note", info.get("level").asText());
        long suppressed = 0;
        for (JsonNode r : results) {
            if (r.has("suppressions")) {
                suppressed++;
                assertEquals(
                        "accepted", r.get("suppressions").get(0).get("status").asText());
            }
        }
        assertEquals(1, suppressed);
    }

    @Test
    void sarifEncodesFileNamesAsUris() throws Exception {
        Trust trust = TrustBuilder.coherent()
                .acknowledge("OPM-404", null, "2027-01-01")
                .build();
        SourceMap sources = new SourceMap(Map.of("acknowledgements[0]", new Location("board ŵyl.yaml", 3, 5)));
        CheckResult result = new CoherenceCheck().run(trust, sources, Fixtures.TODAY);

        JsonNode root = JSON.readTree(new SarifReport("").write(result));

        assertEquals(
                "board%20%C5%B5yl.yaml",
                root.get("runs")
                        .get(0)
                        .get("results")
                        .get(0)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asText());
    }

    @Test
    void sarifIsTheSameOnEveryRun() {
        assertEquals(new SarifReport("trust").write(sample()), new SarifReport("trust").write(sample()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void codeQualityListsTheCountedFindingsForGitLabWithRepositoryPathsAndStableFingerprints() throws Exception {
        CheckResult result = sample();
        JsonNode issues = JSON.readTree(new CodeQualityReport("trusts/northern/").write(result));

        long counted = result.findings().stream().filter(Finding::counts).count();
        assertEquals(counted, issues.size(), "acknowledged findings are left out");
        assertTrue(counted < result.findings().size(), "the sample holds an acknowledged finding");
        JsonNode error = issues.get(0);
        assertEquals("STR-201", error.get("check_name").asText());
        assertEquals("critical", error.get("severity").asText());
        assertEquals("trusts/northern/trust.yaml", error.at("/location/path").asText());
        assertEquals(41, error.at("/location/lines/begin").asInt());
        assertTrue(error.get("description").asText().startsWith("STR-201 alignment-core-undecided: "));
        java.util.Set<String> fingerprints = new java.util.HashSet<>();
        issues.forEach(issue -> fingerprints.add(issue.get("fingerprint").asText()));
        assertEquals(issues.size(), fingerprints.size(), "each issue has its own fingerprint");
        assertEquals(
                issues.toString(),
                JSON.readTree(new CodeQualityReport("trusts/northern").write(sample()))
                        .toString(),
                "the same findings give the same report");
    }
}

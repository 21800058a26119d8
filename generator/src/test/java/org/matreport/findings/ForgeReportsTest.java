package org.matreport.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.load.TrustLoader;
import org.matreport.rules.CheckResult;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Finding;
import org.matreport.rules.Rulebook;
import org.matreport.support.Version;

/** What forges read: Code Quality for GitLab, SARIF and workflow commands for GitHub, and the job summary. */
class ForgeReportsTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");
    private static final Path INCOHERENT = Path.of("src", "test", "resources", "trusts", "incoherent");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static CheckResult check(Path folder) throws Exception {
        return new CoherenceCheck().run(new TrustLoader(Rulebook.ids()).load(folder), TODAY);
    }

    private static FindingsFormat.Subject subject(String folder) {
        return new FindingsFormat.Subject("A trust", TODAY, folder);
    }

    /** A forecast whose growth date moves is the same finding: GitLab must not report one fixed and one new. */
    @Test
    void movingAGrowthDateKeepsEveryFindingsIdentity() throws Exception {
        // The example trust, one school short of needing channels besides gathering all staff (BRK-504) until the
        // first growth school joins.
        Path trust = TestFiles.copy(EXAMPLE, temp.resolve("trust"));
        Path file = trust.resolve("trust.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("other: [termly-briefings, hub-networks, subject-networks, newsletter]", "other: []")
                        .replace("groupSize: 7", "groupSize: 7\n    communicationsSchools: 13"));
        CheckResult before = check(trust);
        assertEquals(List.of("2027-09-01"), forecastDates(before), "the example should now forecast BRK-504");

        Files.writeString(file, Files.readString(file).replace("expected: 2027-09-01", "expected: 2027-11-01"));
        CheckResult after = check(trust);
        assertEquals(List.of("2027-11-01"), forecastDates(after), "the growth date did not move");

        assertEquals(codeQualityFingerprints(before), codeQualityFingerprints(after));
        assertEquals(sarifFingerprints(before), sarifFingerprints(after));
    }

    @Test
    void codeQualityAndSarifShareOneIdentityPerFinding() throws Exception {
        CheckResult result = check(INCOHERENT);
        Set<String> codeQuality = codeQualityFingerprints(result);
        JsonNode sarif = JSON.readTree(FindingsFormat.SARIF.write(result, subject("trust")));
        Set<String> counted = new TreeSet<>();
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).counts()) {
                counted.add(sarif.at("/runs/0/results/" + i + "/partialFingerprints/matreportFinding~1v2")
                        .asText());
            }
        }
        assertEquals(codeQuality, counted);
        assertEquals(
                result.findings().stream().filter(Finding::counts).count(),
                codeQuality.size(),
                "two findings share an identity, so GitLab would merge them");
    }

    @Test
    void sarifPutsExtraPlacesInRelatedLocationsAndNamesItsVersion() throws Exception {
        CheckResult result = check(INCOHERENT);
        JsonNode sarif = JSON.readTree(FindingsFormat.SARIF.write(result, subject("strategy")));
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertEquals(Version.current(), driver.path("version").asText());
        String home = driver.path("informationUri").asText();
        assertTrue(home.startsWith("https://"), home);
        int withMore = 0;
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            JsonNode node = sarif.at("/runs/0/results/" + i);
            assertEquals(1, node.path("locations").size(), "GitHub reads only the first location");
            assertEquals(f.places().size() - 1, node.path("relatedLocations").size(), f.toString());
            if (f.places().size() > 1) {
                withMore++;
                assertEquals(
                        "strategy/" + f.places().get(1).location().file(),
                        node.at("/relatedLocations/0/physicalLocation/artifactLocation/uri")
                                .asText());
            }
        }
        assertTrue(withMore > 0, "no finding of the incoherent trust rests on two places");
    }

    @Test
    void githubFormatAnnotatesEachFindingThatCountsOnItsLine() throws Exception {
        CheckResult result = check(INCOHERENT);
        String commands = FindingsFormat.GITHUB.write(result, subject("strategy"));
        List<String> lines = commands.lines().toList();
        List<Finding> counting =
                result.findings().stream().filter(Finding::counts).toList();
        assertEquals(counting.size(), lines.size(), commands);
        for (int i = 0; i < lines.size(); i++) {
            Finding f = counting.get(i);
            String level =
                    switch (f.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "notice";
                    };
            String start = "::" + level + " file=strategy/" + f.location().file() + ",line="
                    + f.location().line() + ",col=" + f.location().column() + ",title=" + f.ruleId() + " ";
            assertTrue(lines.get(i).startsWith(start), lines.get(i) + "\n does not start with " + start);
        }
    }

    @Test
    void workflowCommandsEscapeWhatWouldEndThem() {
        assertEquals("50%25 done%0Anext", WorkflowCommands.data("50% done\nnext"));
        assertEquals("a%3A b%2C c", WorkflowCommands.property("a: b, c"));
    }

    @Test
    void theSummaryListsEveryFindingThatCountsInATable() throws Exception {
        CheckResult result = check(INCOHERENT);
        String summary = new FindingsSummary().write(result, "Incoherent | Trust");
        assertTrue(summary.startsWith("### matreport: Incoherent \\| Trust\n"), summary);
        assertTrue(summary.contains(TextReport.countLine(result)), summary);
        long rows = summary.lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| severity"))
                .count();
        assertEquals(result.findings().stream().filter(Finding::counts).count(), rows, summary);
    }

    @Test
    void everyFormatIsNamedByTheWordUsersType() {
        for (FindingsFormat format : FindingsFormat.values()) {
            assertEquals(format, FindingsFormat.parse(format.word().toUpperCase()));
        }
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> FindingsFormat.parse("xml"));
        assertTrue(e.getMessage().contains("text, json, sarif, codequality or github"), e.getMessage());
    }

    /** The dates BRK-504 is forecast for; other break points the example meets ahead are not this test's concern. */
    private static List<String> forecastDates(CheckResult result) {
        return result.findings().stream()
                .filter(f -> f.ruleId().equals("BRK-504") && !f.when().isNow())
                .map(f -> f.when().date().toString())
                .toList();
    }

    private static Set<String> codeQualityFingerprints(CheckResult result) throws Exception {
        Set<String> prints = new TreeSet<>();
        JSON.readTree(FindingsFormat.CODEQUALITY.write(result, subject("trust")))
                .forEach(issue -> prints.add(issue.path("fingerprint").asText()));
        return prints;
    }

    private static List<String> sarifFingerprints(CheckResult result) throws Exception {
        List<String> prints = new ArrayList<>();
        JSON.readTree(FindingsFormat.SARIF.write(result, subject("trust")))
                .at("/runs/0/results")
                .forEach(r -> prints.add(
                        r.at("/partialFingerprints/matreportFinding~1v2").asText()));
        prints.sort(null);
        return prints;
    }
}

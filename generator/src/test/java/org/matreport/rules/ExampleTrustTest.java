package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.matreport.findings.TextReport;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.model.Severity;
import org.matreport.model.Trust;

/**
 * The shipped example and starter trusts are built to be coherent: the check finds no errors in them. The test-only
 * incoherent trust is built the other way, and must trip every family of rules.
 */
class ExampleTrustTest {

    private static CheckResult check(Path folder) throws Exception {
        LoadedTrust trust = new TrustLoader(Rulebook.ids()).load(folder);
        return new CoherenceCheck().run(trust, LocalDate.of(2026, 11, 1));
    }

    @Test
    void theExampleTrustHasNoErrors() throws Exception {
        CheckResult result = check(Path.of("..", "example-trust"));

        assertEquals(0, result.count(Severity.ERROR), new TextReport().write(result));
    }

    @Test
    void theStartersOnlyErrorsAreItsPlaceholders() throws Exception {
        CheckResult result = check(Path.of("src", "main", "resources", "org", "matreport", "starter"));

        String report = new TextReport().write(result);
        assertTrue(result.count(Severity.ERROR) > 0, "an unedited starter must not pass: " + report);
        assertTrue(
                result.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .allMatch(f -> f.ruleId().equals("TXT-901")),
                "the starter's strategy itself coheres: " + report);
    }

    @Test
    void theExampleAndTheStarterShowTheFieldsOfCatalogueOnePointOne() throws Exception {
        for (Path folder : List.of(
                Path.of("..", "example-trust"), Path.of("src", "main", "resources", "org", "matreport", "starter"))) {
            Trust trust = new TrustLoader(Rulebook.ids()).load(folder).trust();
            assertFalse(trust.policy().isEmpty(), folder + " records a policy change");
            assertTrue(
                    trust.policy().stream().allMatch(p -> p.owner() != null && p.assessed() != null),
                    folder.toString());
            assertTrue(
                    trust.schools().stream().allMatch(s -> !s.performanceBasis().isEmpty()), folder.toString());
            assertTrue(
                    trust.growth().stream().allMatch(g -> !g.performanceBasis().isEmpty()), folder.toString());
        }
    }

    @Test
    void theIncoherentTrustTripsEveryFamily() throws Exception {
        CheckResult result = check(Path.of("src", "test", "resources", "trusts", "incoherent"));

        String report = new TextReport().write(result);
        assertTrue(result.count(Severity.ERROR) > 0, report);
        Set<String> families = result.findings().stream()
                .map(f -> f.ruleId().substring(0, 3))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("VIS", "STR", "OPM", "BRK", "INT"), families, report);
        assertTrue(result.findings().stream().anyMatch(f -> !f.when().isNow()), "a break point ahead: " + report);
    }
}

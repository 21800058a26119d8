package org.matreport.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.matreport.TestFiles;
import org.matreport.load.LoadedTrust;
import org.matreport.load.ModelShapes;
import org.matreport.load.SourceMap;
import org.matreport.load.TrustLoader;

/**
 * Every YAML path a finding rests on names a place the model has. A rule that wrote a path the model lacks would send
 * the trust's staff to the nearest line that happens to exist, which is the wrong one.
 */
class RulePathsTest {

    @Test
    void theModelResolvesFieldsMappingKeysAndListIndexes() {
        for (String path : List.of(
                "strategy.cluster",
                "alignment.areas.curriculum.approach",
                "operatingModel.groups[2]",
                "operatingModel.governance.schemeOfDelegation.directedIntervention",
                "schools[3].urn",
                "growth",
                "settings.thresholds.groupSize",
                "acknowledgements[0]")) {
            assertTrue(ModelShapes.resolves(path), path);
        }
        for (String path : List.of(
                "strategy.clustre",
                "alignment.areas.cookery.approach",
                "schools.urn",
                "schools[x].urn",
                "strategy.cluster[0]",
                "vision..mission",
                "")) {
            assertFalse(ModelShapes.resolves(path), path);
        }
    }

    @Test
    void aRuleThatReportsAPathTheModelLacksStopsTheTestRun() {
        Locator locator = new Locator(SourceMap.empty());
        assertThrows(AssertionError.class, () -> locator.place("alignment.areas.curriculum.aproach"));
    }

    @Test
    void everyFindingOnTheProjectsTrustsRestsOnPathsTheModelHas() throws Exception {
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of("..", "example-trust"));
        try (Stream<Path> trusts = Files.list(TestFiles.resource("trusts"))) {
            trusts.filter(f -> Files.exists(f.resolve("trust.yaml"))).sorted().forEach(folders::add);
        }
        TreeSet<String> rules = new TreeSet<>();
        int paths = 0;
        for (Path folder : folders) {
            LoadedTrust trust = new TrustLoader(Rulebook.ids()).load(folder);
            for (Finding finding :
                    new CoherenceCheck().run(trust, LocalDate.of(2026, 12, 1)).findings()) {
                rules.add(finding.ruleId());
                for (Place place : finding.places()) {
                    assertTrue(
                            ModelShapes.resolves(place.path()),
                            finding.ruleId() + " in " + folder + " rests on " + place.path());
                    paths++;
                }
            }
        }
        assertTrue(rules.size() >= 10, "the trusts exercise many rules: " + rules);
        assertTrue(paths > rules.size(), "paths were read: " + paths);
    }
}

package org.matreport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.engine.Engine;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.LoadedTrust;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.rules.CheckResult;
import org.matreport.support.Log;

/** The synthetic trusts are real trusts: the loader accepts them, and their shape is what the benchmarks promise. */
class SyntheticTrustTest {

    @TempDir
    Path temp;

    private final Engine engine = new Engine(Log.silent());

    @Test
    void everySizeTheBenchmarksUseLoads() throws Exception {
        for (int size : new int[] {1, 10, 100, 1000}) {
            Trust trust = load(size, WriteTrusts.SEED);
            assertEquals(size, trust.schools().size(), "open schools");
            assertEquals(SyntheticTrust.growthSize(size), trust.growth().size(), "growth plan");
            assertEquals(
                    SyntheticTrust.hubs(size), trust.operatingModel().groups().size(), "hubs");
            assertEquals(1, trust.acknowledgements().size(), "acknowledgements");
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        SyntheticTrust.write(temp.resolve("a"), 100, 7);
        SyntheticTrust.write(temp.resolve("b"), 100, 7);
        SyntheticTrust.write(temp.resolve("c"), 100, 8);
        for (String file : new String[] {"trust.yaml", "schools.yaml"}) {
            assertEquals(read("a", file), read("b", file), file);
        }
        assertTrue(!read("a", "schools.yaml").equals(read("c", "schools.yaml")), "another seed, other schools");
    }

    /** Proportions close to England's academies: mostly primary, most schools secure, some of concern. */
    @Test
    void aLargeTrustHasRealisticProportions() throws Exception {
        Trust trust = load(1000, WriteTrusts.SEED);
        Map<String, Long> phases = tally(trust, s -> s.phase().toString());
        Map<String, Long> performance = tally(trust, s -> String.valueOf(s.performance()));
        assertTrue(share(phases, "PRIMARY") > 0.65 && share(phases, "PRIMARY") < 0.9, phases.toString());
        assertTrue(share(phases, "SECONDARY") > 0.08, phases.toString());
        assertTrue(share(performance, "CONCERN") > 0.03 && share(performance, "CONCERN") < 0.2, performance.toString());
        assertEquals(
                SyntheticTrust.REGIONS.size(),
                trust.schools().stream().map(School::region).distinct().count(),
                "schools across every region");
    }

    @Test
    void aSyntheticTrustChecksWithFindingsButNoInvalidFiles() throws Exception {
        SyntheticTrust.write(temp.resolve("t"), 100, WriteTrusts.SEED);
        CheckResult result = engine.check(temp.resolve("t"), TrustFolders.TODAY);
        assertTrue(result.acknowledgedCount() >= 0);
        assertTrue(!result.findings().isEmpty(), "a trust of a hundred schools in hubs of six meets break points");
    }

    private Trust load(int size, long seed) throws IOException, InvalidTrustException {
        Path folder = temp.resolve("size-" + size);
        SyntheticTrust.write(folder, size, seed);
        LoadedTrust loaded = engine.load(folder);
        return loaded.trust();
    }

    private String read(String folder, String file) throws IOException {
        return Files.readString(temp.resolve(folder).resolve(file));
    }

    private static Map<String, Long> tally(Trust trust, Function<School, String> key) {
        return trust.schools().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static double share(Map<String, Long> tally, String key) {
        long total = tally.values().stream().mapToLong(Long::longValue).sum();
        return tally.getOrDefault(key, 0L) / (double) total;
    }
}

package org.matreport.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.LargeTrust;
import org.matreport.rules.Rulebook;

/** A trust over the limits on schools or growth is refused before it is read, naming the limit and its setting. */
class SizeLimitsTest {

    @TempDir
    Path temp;

    @Test
    void aTrustAtTheLimitLoads() throws Exception {
        Path folder = LargeTrust.write(temp.resolve("at"), 5, 3);

        LoadedTrust loaded =
                new TrustLoader(Rulebook.ids(), LoadLimits.defaults().withMaxSchools(5, 3)).load(folder);

        assertEquals(5, loaded.trust().schools().size());
        assertEquals(3, loaded.trust().growth().size());
    }

    @Test
    void oneSchoolOverTheLimitIsRefusedNamingTheSetting() throws Exception {
        Path folder = LargeTrust.write(temp.resolve("over"), 6, 0);

        List<String> problems =
                TrustFolders.problems(folder, LoadLimits.defaults().withMaxSchools(5, 3));

        assertEquals(
                List.of("trust.yaml:21:1: schools: the trust lists 6 schools, over the limit of 5 that keeps a pack"
                        + " within 1 GiB of memory; split the trust's files, or raise the limit with"
                        + " -Dmatreport.maxSchools=N (or the environment variable MATREPORT_MAX_SCHOOLS)"),
                problems);
    }

    @Test
    void aGrowthPlanOverTheLimitIsRefusedNamingTheSetting() throws Exception {
        Path folder = LargeTrust.write(temp.resolve("growth"), 2, 4);

        List<String> problems =
                TrustFolders.problems(folder, LoadLimits.defaults().withMaxSchools(5, 3));

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(
                problems.get(0).contains("growth: the trust lists 4 schools in the growth plan, over the limit of 3"),
                problems.get(0));
        assertTrue(problems.get(0).contains("-Dmatreport.maxGrowth=N"), problems.get(0));
    }

    @Test
    void theDefaultLimitsAreRaisedByPropertyOrEnvironmentAndIgnoreNonsense() {
        assertEquals(2_000, LoadLimits.of(name -> null, Map.of()).maxSchools());
        assertEquals(500, LoadLimits.of(name -> null, Map.of()).maxGrowth());
        assertEquals(
                5_000,
                LoadLimits.of(name -> name.equals("matreport.maxSchools") ? "5000" : null, Map.of())
                        .maxSchools());
        assertEquals(
                900,
                LoadLimits.of(name -> null, Map.of("MATREPORT_MAX_GROWTH", "900"))
                        .maxGrowth());
        assertEquals(
                2_000,
                LoadLimits.of(name -> name.equals("matreport.maxSchools") ? "lots" : null, Map.of())
                        .maxSchools());
        assertEquals(
                2_000,
                LoadLimits.of(name -> null, Map.of("MATREPORT_MAX_SCHOOLS", "-1"))
                        .maxSchools());
    }
}

package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.engine.Format;
import org.matreport.load.LoadedTrust;

/**
 * The Markdown pack compared byte for byte with a reviewed copy, so that any change to what the board reads shows
 * up as a diff in review. After an intended change, regenerate the copies and review their diff:
 *
 * <pre>./mvnw -B -q -pl generator test -Dtest=GoldenPackTest -Dmatreport.updateGolden=true</pre>
 */
class GoldenPackTest {

    /** Relative to the module, where surefire runs the tests, so that an update lands in the sources. */
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path out;

    @Test
    void fixtureTrust() throws Exception {
        compare(TestTrusts.loaded(TestTrusts.northernLights()), "fixture-trust.md");
    }

    private void compare(LoadedTrust trust, String golden) throws Exception {
        Path written = new PackWriter()
                .write(
                        trust,
                        new org.matreport.rules.CoherenceCheck().run(trust, Packs.TODAY),
                        new org.matreport.engine.PackRequest(
                                trust.folder(), out, EnumSet.of(Format.MARKDOWN), null, null),
                        org.matreport.engine.Log.silent())
                .get(0);
        String actual = Files.readString(written);
        Path expected = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("matreport.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expected, actual);
        }
        assertTrue(Files.exists(expected), expected + " is missing; run with -Dmatreport.updateGolden=true");
        assertEquals(
                Files.readString(expected),
                actual,
                "the pack differs from " + expected
                        + "; if the change is intended, run with -Dmatreport.updateGolden=true and review the diff");
    }
}

package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matreport.TestFiles;
import org.matreport.engine.PackRequest;
import org.matreport.engine.PackWriter;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Rulebook;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * The pack compared byte for byte with reviewed copies, so that any change to what the board reads shows up as a
 * diff in review. After an intended change, regenerate the copies and review their diff:
 *
 * <pre>./mvnw -B -q -pl generator test -Dtest=GoldenPackTest -Dmatreport.updateGolden=true</pre>
 */
class GoldenPackTest {

    /** Relative to the module, where surefire runs the tests, so that an update lands in the sources. */
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    private static final Path EXAMPLE = Path.of("..", "example-trust");

    @TempDir
    Path out;

    @Test
    void fixtureTrust() throws Exception {
        LoadedTrust trust = TestTrusts.loaded(TestTrusts.northernLights());
        compare(write(trust, out, EnumSet.of(Format.MARKDOWN)).get(0), "fixture-trust.md");
    }

    @Test
    void exampleTrustInMarkdownAndHtml() throws Exception {
        List<Path> written = write(example(), out, EnumSet.of(Format.MARKDOWN, Format.HTML));
        compare(written.get(0), "example-trust.md");
        compare(written.get(1), "example-trust.html");
    }

    /** The rules a trust of the project's own shows at work, one folder each under {@code trusts/rules}. */
    static List<String> ruleTrusts() {
        return List.of(
                "brk-509-improvement-leadership-gap",
                "brk-515-new-phase-joining",
                "brk-526-rating-without-basis",
                "brk-531-policy-change-unassessed",
                "int-607-outcome-without-intelligence");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleTrusts")
    void aTrustForEachNewRule(String folder) throws Exception {
        LoadedTrust trust = new TrustLoader(Rulebook.ids())
                .load(TestFiles.copy(TestFiles.resource("trusts/rules/" + folder), out.resolve(folder)));
        String rule = folder.substring(0, 7).toUpperCase(java.util.Locale.ROOT);
        var result = new CoherenceCheck().run(trust, Packs.TODAY);
        // Each trust is coherent but for the one rule it is there to show.
        assertEquals(
                List.of(rule),
                result.findings().stream().map(f -> f.ruleId()).distinct().toList());
        compare(write(trust, out.resolve("pack"), EnumSet.of(Format.MARKDOWN)).get(0), "rules/" + folder + ".md");
    }

    @Test
    void aSecondRenderGivesTheSameBytes() throws Exception {
        LoadedTrust trust = example();
        Set<Format> formats = EnumSet.of(Format.MARKDOWN, Format.HTML);
        List<Path> first = write(trust, out.resolve("first"), formats);
        List<Path> second = write(trust, out.resolve("second"), formats);
        // Markdown, HTML, the findings as JSON and as SARIF.
        assertEquals(4, first.size(), first.toString());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(
                    Files.readAllBytes(first.get(i)),
                    Files.readAllBytes(second.get(i)),
                    first.get(i).getFileName() + " differs between two renders");
        }
    }

    /**
     * The shipped example, copied out of this repository so that the pack does not name whichever commit the tests
     * run on.
     */
    private LoadedTrust example() throws Exception {
        return new TrustLoader(Rulebook.ids()).load(TestFiles.copy(EXAMPLE, out.resolve("example-trust")));
    }

    private static List<Path> write(LoadedTrust trust, Path folder, Set<Format> formats) throws Exception {
        return new PackWriter()
                .write(
                        trust,
                        new CoherenceCheck().run(trust, Packs.TODAY),
                        new PackRequest(trust.folder(), folder, formats, null, null),
                        Log.silent());
    }

    private static void compare(Path written, String golden) throws IOException {
        String actual = Files.readString(written);
        Path expected = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("matreport.updateGolden")) {
            Files.createDirectories(expected.getParent());
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

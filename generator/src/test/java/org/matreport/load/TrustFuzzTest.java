package org.matreport.load;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.matreport.rules.CoherenceCheck;

/**
 * Coverage-guided fuzzing of everything a trust folder goes through before rendering: reading, parsing, binding,
 * reference checks and every coherence rule. An input is one or two files: the bytes before a record separator
 * (0x1E) are trust.yaml, those after it schools.yaml.
 *
 * <p>In the normal build this replays the saved inputs under {@code TrustFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see the README). Either way an input may end only in a model or in problems the user can act on: an
 * exception, or the loader's message for its own fault, is a finding.
 */
class TrustFuzzTest {

    private static final byte SEPARATOR = 0x1E;

    private static Path folder;

    @FuzzTest(maxDuration = "30s")
    // libFuzzer's dictionary format takes printable text; control characters are written as \xNN.
    @DictionaryEntries({
        "schema: matreport/v1",
        "trust:",
        "name: ",
        "period: 2026/27",
        "schools:",
        "- urn: 100001",
        "phase: primary",
        "group: north",
        "operatingModel:",
        "models: [hub]",
        "strategy:",
        "cluster: mixed",
        "vision:",
        "statement: ",
        "growth:",
        "expected: 2027-09-01",
        "acknowledgements:",
        "rule: BRK-503",
        "settings:",
        "thresholds:",
        "&a ",
        "*a",
        "<<: ",
        "!!str ",
        "? ",
        "---",
        "\\x0A  ",
        "\\x0A    ",
        "\\x09",
        "\\xC2\\xA0",
        "\\xEF\\xBB\\xBF",
        "\\x1E",
        "|-",
        ">-",
        "2026-02-30",
        "1e400",
    })
    void aTrustFolderEndsInAModelOrInProblems(byte[] input) throws IOException {
        Path trust = folder();
        int split = indexOf(input, SEPARATOR);
        Files.write(trust.resolve("trust.yaml"), split < 0 ? input : Arrays.copyOfRange(input, 0, split));
        Path schools = trust.resolve("schools.yaml");
        if (split < 0) {
            Files.deleteIfExists(schools);
        } else {
            Files.write(schools, Arrays.copyOfRange(input, split + 1, input.length));
        }
        LoadedTrust loaded;
        try {
            loaded = new TrustLoader().load(trust);
        } catch (InvalidTrustException e) {
            for (Problem problem : e.problems()) {
                if (problem.message().equals(TrustLoader.OWN_FAULT)) {
                    throw new AssertionError("the loader failed on its own: " + problem);
                }
            }
            return;
        }
        new CoherenceCheck().run(loaded, LocalDate.of(2026, 11, 1));
    }

    /** One folder for every input, with the example trust's logo, so that a trust naming it can load. */
    private static Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("fuzzed-trust");
            folder.toFile().deleteOnExit();
            Files.createDirectories(folder.resolve("assets"));
            Files.writeString(folder.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        }
        return folder;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}

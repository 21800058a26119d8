package org.matreport.load;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Finding;
import org.matreport.rules.Rulebook;
import org.matreport.text.Bidi;
import org.matreport.text.MarkdownEscaper;
import org.matreport.text.OneLine;

/**
 * Coverage-guided fuzzing of everything a trust folder goes through before rendering: reading, parsing, binding,
 * reference checks and every coherence rule. An input is one or two files: the bytes before a record separator
 * (0x1E) are trust.yaml, those after it schools.yaml.
 *
 * <p>In the normal build this replays the saved inputs under {@code TrustFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see the README). Either way an input may end only in a model or in problems the user can act on: an
 * exception, or the loader's message for its own fault, is a finding. So is a problem, caution or finding that
 * prints a control or bidi character raw, and a name the pack's Markdown would break over lines or leave
 * unisolated.
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
        // Control and bidi characters in names, raw and as YAML escapes.
        "\\x1B[31m",
        "\\x0D",
        "\\x07",
        "\\x00",
        "\\xC2\\x85",
        "\\xE2\\x80\\xA8",
        "\\xE2\\x80\\xAE",
        "\\xE2\\x81\\xA6",
        "\\xE2\\x81\\xA9",
        "\\xE2\\x80\\x8B",
        "\\xEF\\xBF\\xBE",
        "\\\\u202e",
        "\\\\e]8;;",
        "\\\\n::error ",
        "\\\\0",
        "\\\\uD800",
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
            loaded = new TrustLoader(Rulebook.ids()).load(trust);
        } catch (InvalidTrustException e) {
            for (Problem problem : e.problems()) {
                if (problem.message().equals(TrustLoader.OWN_FAULT)) {
                    throw new AssertionError("the loader failed on its own: " + problem);
                }
                oneLine(problem.toString());
            }
            return;
        }
        loaded.cautions().forEach(caution -> oneLine(caution.toString()));
        for (Finding finding :
                new CoherenceCheck().run(loaded, LocalDate.of(2026, 11, 1)).findings()) {
            oneLine(finding.toString());
        }
        isolated(loaded.trust().profile().name());
        loaded.trust().schools().forEach(school -> isolated(school.name()));
    }

    /** A problem, caution or finding prints as one line with no control character, whatever the names hold. */
    private static void oneLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' || Bidi.isControl(c)) {
                throw new AssertionError(String.format("U+%04X printed raw in: %s", (int) c, line));
            }
        }
    }

    /** A name as the pack prints it stays on its line, and one holding a bidi control reorders only itself. */
    private static void isolated(String name) {
        if (name == null) {
            return;
        }
        String printed = MarkdownEscaper.escape(name);
        if (printed.indexOf('\n') >= 0 || printed.indexOf('\r') >= 0) {
            throw new AssertionError("a line break in the pack's Markdown for: " + OneLine.of(name));
        }
        boolean reorders = name.chars().anyMatch(c -> Bidi.isControl((char) c));
        if (reorders
                && (printed.charAt(0) != Bidi.FIRST_STRONG_ISOLATE
                        || printed.charAt(printed.length() - 1) != Bidi.POP_DIRECTIONAL_ISOLATE)) {
            throw new AssertionError("not isolated in the pack: " + OneLine.of(printed));
        }
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

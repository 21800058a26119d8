package org.matreport.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the loader over every folder under {@code bad/}: each must fail with every line of its {@code expected.txt},
 * and no message may leak a Java exception or stack trace to trust staff, nor hold a character that breaks its line. A folder may hold a {@code limits.txt}
 * ({@code maxFileBytes=256}) so that size limits are tested without huge files.
 */
class BadTrustCorpusTest {

    private static final Pattern JAVA_LEAK = Pattern.compile(
            "Exception|Error:|\\bat [a-z]+\\.[a-zA-Z.$]+\\(|java\\.|org\\.yaml|com\\.fasterxml|\\bnull\\b");

    static Stream<Path> badFolders() throws IOException {
        return Files.list(TrustFolders.resource("bad"))
                .filter(Files::isDirectory)
                .sorted();
    }

    @Test
    void theCorpusIsLargeEnough() throws IOException {
        assertTrue(badFolders().count() >= 60, "at least 60 bad trust folders");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFolders")
    void reportsTheExpectedProblems(Path folder) throws IOException {
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        assertFalse(expected.isEmpty(), "expected.txt names at least one problem");

        List<String> problems = TrustFolders.problems(folder, limitsFor(folder));

        String all = String.join("\n", problems);
        for (String line : expected) {
            assertTrue(
                    problems.stream().anyMatch(p -> p.contains(line)),
                    () -> "missing: " + line + "\nreported:\n" + all);
        }
        for (String problem : problems) {
            assertFalse(JAVA_LEAK.matcher(problem).find(), () -> "Java leaks into: " + problem);
            assertTrue(
                    problem.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL),
                    () -> "a control character would break the line: " + problem);
        }
    }

    private static LoadLimits limitsFor(Path folder) throws IOException {
        Path file = folder.resolve("limits.txt");
        LoadLimits limits = LoadLimits.defaults();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] pair = line.split("=");
                assertEquals("maxFileBytes", pair[0].strip(), "the only limit a case sets");
                limits = limits.withMaxFileBytes(Long.parseLong(pair[1].strip()));
            }
        }
        return limits;
    }
}

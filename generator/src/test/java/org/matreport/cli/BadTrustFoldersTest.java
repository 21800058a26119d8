package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad trust folder in the test corpus, run through {@code matreport check} as a user would: it exits 2, prints
 * each expected located message, and never a stack trace.
 */
class BadTrustFoldersTest {

    static Stream<Path> badFolders() throws IOException, URISyntaxException {
        Path corpus = Path.of(BadTrustFoldersTest.class.getResource("/bad").toURI());
        List<Path> folders;
        try (Stream<Path> children = Files.list(corpus)) {
            // A case with limits.txt needs a smaller size limit than the command line uses; the loader's own
            // corpus test covers it.
            folders = children.filter(Files::isDirectory)
                    .filter(folder -> !Files.exists(folder.resolve("limits.txt")))
                    .sorted()
                    .toList();
        }
        assertTrue(folders.size() >= 20, "the corpus should hold at least 20 bad folders, has " + folders.size());
        return folders.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFolders")
    void checkExitsTwoWithTheExpectedLocatedMessage(Path folder) throws IOException {
        Cli result = Cli.run("check", folder.toString());

        assertEquals(Main.INVALID, result.exitCode(), result.all());
        for (String expected : expectedLines(folder)) {
            assertTrue(result.err().contains(expected), "missing «" + expected + "» in:\n" + result.err());
        }
        assertFalse(result.all().contains("Exception"), result.all());
        assertFalse(result.all().contains("\tat "), result.all());
    }

    private static List<String> expectedLines(Path folder) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        assertFalse(lines.isEmpty(), folder + "/expected.txt names no expected message");
        return lines;
    }
}

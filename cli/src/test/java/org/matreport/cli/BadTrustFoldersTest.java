package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.matreport.load.LoadLimits;

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
        assertTrue(folders.size() >= 60, "the corpus should hold at least 60 bad folders, has " + folders.size());
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

    /**
     * A logo the pack could not draw (an SVG that imports a stylesheet, a PNG that is no PNG) is seen by check from
     * the files, and generate stops on the same located message before writing anything.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"logo-svg-import", "logo-svg-external-image", "logo-not-png"})
    void checkAndGenerateAgreeOnALogoThePackCouldNotDraw(String name, @TempDir Path temp)
            throws IOException, URISyntaxException {
        Path folder =
                Path.of(BadTrustFoldersTest.class.getResource("/bad/" + name).toURI());
        Path out = temp.resolve("out");
        Cli check = Cli.run("check", folder.toString());
        Cli generate = Cli.run("generate", folder.toString(), "-o", out.toString());
        for (Cli result : List.of(check, generate)) {
            assertEquals(Main.INVALID, result.exitCode(), result.all());
            for (String expected : expectedLines(folder)) {
                assertTrue(result.err().contains(expected), "missing «" + expected + "» in:\n" + result.err());
            }
            assertFalse(result.all().contains("Exception"), result.all());
        }
        assertFalse(Files.exists(out), "generate wrote nothing");
    }

    /** The size limit the command line uses is the loader's default; a file one byte over it is refused. */
    @Test
    void aFileOverTheSizeLimitExitsTwo(@TempDir Path temp) throws IOException {
        Path folder = copyOfMinimal(temp);
        byte[] padding = new byte[(int) LoadLimits.defaults().maxFileBytes() + 1];
        java.util.Arrays.fill(padding, (byte) '#');
        Files.write(folder.resolve("notes.yaml"), padding);
        assertExitsTwoWith(folder, "notes.yaml: is larger than the limit of 4 MiB per file");
    }

    @Test
    void aYamlFileLinkingOutsideTheFolderExitsTwo(@TempDir Path temp) throws IOException {
        Path folder = copyOfMinimal(temp);
        Path outside = Files.writeString(temp.resolve("elsewhere.yaml"), "growth: []\n");
        Files.createSymbolicLink(folder.resolve("growth.yaml"), outside);
        assertExitsTwoWith(folder, "growth.yaml: is a link to a file outside the trust folder");
    }

    @Test
    void aLogoLinkingOutsideTheFolderExitsTwo(@TempDir Path temp) throws IOException {
        Path folder = copyOfMinimal(temp);
        Path outside = Files.writeString(temp.resolve("secret.svg"), "<svg/>");
        Files.createSymbolicLink(folder.resolve("logo.svg"), outside);
        Path trust = folder.resolve("trust.yaml");
        Files.writeString(
                trust, Files.readString(trust).replace("  period: 2026/27\n", "  period: 2026/27\n  logo: logo.svg\n"));
        assertExitsTwoWith(
                folder, "trust.yaml:8:9: trust.logo: 'logo.svg' is a link to a file outside the trust folder");
    }

    /**
     * Under root every file stays readable whatever its mode, so there the case cannot be made and is skipped; the
     * loader's handling of a denied read is then only covered where tests run as an ordinary user.
     */
    @Test
    void anUnreadableFileExitsTwo(@TempDir Path temp) throws IOException {
        Path folder = copyOfMinimal(temp);
        Path schools = Files.writeString(folder.resolve("growth.yaml"), "growth: []\n");
        assumeTrue(Files.getFileStore(schools).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(schools, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(schools), "running as root: chmod 000 does not stop root reading a file");
        assertExitsTwoWith(folder, "growth.yaml: cannot be read (permission denied)");
    }

    private static void assertExitsTwoWith(Path folder, String expected) {
        Cli result = Cli.run("check", folder.toString());
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains(expected), "missing «" + expected + "» in:\n" + result.err());
        assertFalse(result.all().contains("Exception"), result.all());
        assertFalse(result.all().contains("\tat "), result.all());
    }

    private static Path copyOfMinimal(Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("trust"));
        try (var in = BadTrustFoldersTest.class.getResourceAsStream("/trusts/minimal/trust.yaml")) {
            Files.copy(in, folder.resolve("trust.yaml"));
        }
        return folder;
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

package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack goes into its own folder and nowhere else, whatever the trust's name or the folder's links say. */
class OutputFolderTest {

    @TempDir
    Path temp;

    @Test
    void aFolderHoldingTheTrustFolderIsRefused() throws IOException {
        Path trust = minimalTrust(temp.resolve("repo/trust"), "Minimal Learning Trust");
        Cli result =
                Cli.run("generate", trust.toString(), "-o", temp.resolve("repo").toString(), "--format", "md");
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("is the trust folder or holds it"), result.err());
        assertEquals(List.of("trust"), names(temp.resolve("repo")), "nothing was written");
    }

    @Test
    void aLinkToTheTrustFolderIsRefusedLikeTheFolderItself() throws IOException {
        Path trust = minimalTrust(temp.resolve("trust"), "Minimal Learning Trust");
        Path link = Files.createSymbolicLink(temp.resolve("out"), trust);
        Cli result = Cli.run("generate", trust.toString(), "-o", link.toString(), "--format", "md");
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("is the trust folder or holds it"), result.err());
        assertEquals(List.of("trust.yaml"), names(trust), "nothing was written into the trust folder");
    }

    @Test
    void aTrustNameThatClimbsFoldersStaysAFileNameInTheOutputFolder() throws IOException {
        Path trust = minimalTrust(temp.resolve("trust"), "\"../../../escaped/../../etc/cron.d/pack\"");
        Path out = temp.resolve("deep/out");
        Cli result = Cli.run("generate", trust.toString(), "-o", out.toString(), "--format", "md,html");
        assertEquals(Main.OK, result.exitCode(), result.all());
        assertEquals(
                List.of(
                        ".matreport-fingerprint",
                        ".matreport.lock",
                        "escaped-etc-cron-d-pack.findings.json",
                        "escaped-etc-cron-d-pack.html",
                        "escaped-etc-cron-d-pack.md",
                        "escaped-etc-cron-d-pack.sarif"),
                names(out));
        assertEquals(List.of("deep", "trust"), names(temp), "nothing beside the output folder");
        assertEquals(List.of("out"), names(temp.resolve("deep")));
    }

    @Test
    void aPackFileThatIsALinkIsReplacedNotFollowed() throws IOException {
        Path trust = minimalTrust(temp.resolve("trust"), "Minimal Learning Trust");
        Path outside = Files.writeString(temp.resolve("precious.txt"), "keep me");
        Path out = Files.createDirectories(temp.resolve("out"));
        Path pack = Files.createSymbolicLink(out.resolve("minimal-learning-trust.md"), outside);
        Cli result = Cli.run("generate", trust.toString(), "-o", out.toString(), "--format", "md");
        assertEquals(Main.OK, result.exitCode(), result.all());
        assertEquals("keep me", Files.readString(outside));
        assertFalse(Files.isSymbolicLink(pack), "the link itself was replaced");
        assertTrue(Files.isRegularFile(pack, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.readString(pack).contains("Minimal Learning Trust"));
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedByTheNextRun() throws IOException {
        Path trust = minimalTrust(temp.resolve("trust"), "Minimal Learning Trust");
        Path out = Files.createDirectories(temp.resolve("out"));
        Path leftover = Files.writeString(out.resolve(".minimal-learning-trust.md.4711.part"), "half a pa");
        Path unrelated = Files.writeString(out.resolve(".notes.md.1.part"), "not ours to remove");
        Cli result = Cli.run("generate", trust.toString(), "-o", out.toString(), "--format", "md");
        assertEquals(Main.OK, result.exitCode(), result.all());
        assertFalse(Files.exists(leftover), "the killed run's temporary file is gone");
        assertTrue(Files.exists(unrelated), "a temporary file for a file this run does not write is kept");
        assertEquals(
                List.of(
                        ".matreport-fingerprint",
                        ".matreport.lock",
                        ".notes.md.1.part",
                        "minimal-learning-trust.findings.json",
                        "minimal-learning-trust.md",
                        "minimal-learning-trust.sarif"),
                names(out));
    }

    /** The minimal trust, renamed, in a folder of its own. */
    static Path minimalTrust(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        try (var in = OutputFolderTest.class.getResourceAsStream("/trusts/minimal/trust.yaml")) {
            String yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(
                    folder.resolve("trust.yaml"), yaml.replace("name: Minimal Learning Trust", "name: " + name));
        }
        return folder;
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}

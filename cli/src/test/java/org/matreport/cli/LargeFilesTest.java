package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logo or template file too large, or that cannot be read, is invalid input named by file (exit 2), judged from the
 * file system before anything reads it, and {@code check} judges the logo as {@code generate} does. The large files
 * are sparse: they take no disk, but reading one whole would take gigabytes of memory.
 */
class LargeFilesTest {

    @TempDir
    Path temp;

    @Test
    void aLogoOverTheLimitIsRefusedByCheckAndGenerateAtItsLine() throws Exception {
        Path trust = trustWithLogo(2L * 1024 * 1024 * 1024);

        Cli check = Cli.run("check", trust.toString());
        Cli generate =
                Cli.run("generate", trust.toString(), "-o", temp.resolve("out").toString());

        for (Cli result : new Cli[] {check, generate}) {
            assertEquals(Main.INVALID, result.exitCode(), result.all());
            assertTrue(
                    result.err()
                            .matches("(?s).*trust\\.yaml:\\d+:\\d+: trust\\.logo: 'assets/logo\\.png' is larger"
                                    + " than 1024 KiB.*"),
                    result.err());
        }
        assertFalse(Files.exists(temp.resolve("out")), "nothing was written");
    }

    @Test
    void anUnreadableLogoIsInvalidInputForCheckToo() throws Exception {
        Path trust = trustWithLogo(100);
        Path logo = trust.resolve("assets/logo.png");
        Files.setPosixFilePermissions(logo, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(logo), "running as root, every file stays readable");

        Cli check = Cli.run("check", trust.toString());

        assertEquals(Main.INVALID, check.exitCode(), check.all());
        assertTrue(check.err().contains("'assets/logo.png' cannot be read"), check.err());
    }

    @Test
    void aTemplateFolderFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path trust = OutputFolderTest.minimalTrust(temp.resolve("trust"), "Minimal Learning Trust");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        sparse(templates.resolve("background.png"), 2L * 1024 * 1024 * 1024);

        Cli result = Cli.run(
                "generate",
                trust.toString(),
                "-o",
                temp.resolve("out").toString(),
                "--templates",
                templates.toString());

        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("the template file background.png in "), result.err());
        assertTrue(result.err().contains("is larger than 1024 KiB"), result.err());
        assertFalse(Files.exists(temp.resolve("out").resolve("minimal-learning-trust.md")), "nothing was written");
    }

    private Path trustWithLogo(long bytes) throws IOException {
        Path trust = OutputFolderTest.minimalTrust(temp.resolve("trust"), "Minimal Learning Trust");
        Files.createDirectories(trust.resolve("assets"));
        Path logo = trust.resolve("assets/logo.png");
        sparse(logo, bytes);
        Path yaml = trust.resolve("trust.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        Files.writeString(
                yaml, text.replaceFirst("(?m)^(  name: .*)$", "$1\n  logo: assets/logo.png"), StandardCharsets.UTF_8);
        return trust;
    }

    private static void sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            out.setLength(bytes);
        }
    }
}

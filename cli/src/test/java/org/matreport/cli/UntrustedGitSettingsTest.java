package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.support.GitRepos;
import org.matreport.support.SourceVersion;

/**
 * A trust repository whose {@code .git/config} names programs for git to run: a file-system monitor, a pager, an
 * external diff, a clean filter every file passes through, a text conversion and a signature checker. Each program
 * would leave a mark if started; dating the pack, telling uncommitted changes and reading an old revision must start
 * none of them.
 */
class UntrustedGitSettingsTest {

    @TempDir
    Path temp;

    private Path trust;
    private Path marks;

    @BeforeEach
    void plantCommands() throws Exception {
        assumeTrue(GitRepos.installed(), "git is not installed");
        trust = TestFiles.copy(TestFiles.resource("trusts/minimal"), temp.resolve("trust"));
        Files.writeString(trust.resolve(".gitattributes"), "* filter=stamp diff=shout\n");
        GitRepos.init(trust);
        GitRepos.commitAll(trust, 1_700_000_000L);

        marks = temp.resolve("marks");
        Path program = temp.resolve("program.sh");
        Files.writeString(program, "#!/bin/sh\necho \"$0 $*\" >> '" + marks + "'\ncat\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        String run = program.toString();
        Files.writeString(
                trust.resolve(".git/config"),
                "[core]\n\tfsmonitor = " + run + "\n\tpager = " + run + "\n\thooksPath = " + temp + "\n"
                        + "[diff]\n\texternal = " + run + "\n"
                        + "[diff \"shout\"]\n\ttextconv = " + run + "\n\tcommand = " + run + "\n"
                        + "[filter \"stamp\"]\n\tclean = " + run + "\n\tsmudge = " + run + "\n"
                        + "[log]\n\tshowSignature = true\n"
                        + "[gpg]\n\tprogram = " + run + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        // Same size, new time: git must read the file through its clean filter to know whether it changed.
        Path yaml = trust.resolve("trust.yaml");
        Files.setLastModifiedTime(yaml, FileTime.from(Instant.now().plusSeconds(60)));
    }

    @Test
    void datingThePackStartsNoProgramOfTheRepository() {
        SourceVersion version = SourceVersion.of(trust);

        assertTrue(version.known(), "the last commit is still found");
        assertFalse(version.changedSince(), "nothing changed in the files");
        assertNoMarks();
    }

    @Test
    void readingAnOldRevisionStartsNoProgramOfTheRepository() {
        Cli result = Cli.run("diff", "--since", "HEAD", trust.toString());

        assertEquals(Main.OK, result.exitCode(), result.all());
        assertNoMarks();
    }

    private void assertNoMarks() {
        assertFalse(Files.exists(marks), () -> "git ran a program the repository named:\n" + read(marks));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}

package org.matreport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.render.PackView;
import org.matreport.text.Words;

class SourceVersionTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCommitAndItsTimeFromGitsAnswer() {
        long noon = LocalDate.of(2026, 10, 29).atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
        SourceVersion version = SourceVersion.parse("0123456789abcdef0123456789abcdef01234567 " + noon + "\n");
        assertTrue(version.known());
        assertEquals(Instant.ofEpochSecond(noon), version.committed());
        assertEquals("commit 0123456789ab of " + Words.date(LocalDate.of(2026, 10, 29)), text(version));
    }

    @Test
    void anythingElseMeansNoVersion() {
        assertFalse(SourceVersion.parse("").known());
        assertFalse(SourceVersion.parse("fatal: not a git repository").known());
        assertFalse(SourceVersion.of(dir.resolve("missing")).known());
    }

    @Test
    void aFolderOutsideGitHasNoVersion() {
        assertEquals(SourceVersion.NONE, SourceVersion.of(dir));
    }

    @Test
    void aFolderInGitHasTheLastCommitThatTouchedIt() throws Exception {
        assumeTrue(run(dir, "git", "--version"), "git is installed");
        Path trust = Files.createDirectories(dir.resolve("strategy"));
        Files.writeString(trust.resolve("trust.yaml"), "schema: matreport/v1\n");
        assumeTrue(run(dir, "git", "init", "-q"));
        assertTrue(run(dir, "git", "add", "."));
        assertTrue(run(
                dir,
                "git",
                "-c",
                "user.name=Clerk",
                "-c",
                "user.email=clerk@example.org",
                "commit",
                "-q",
                "-m",
                "Strategy for 2026/27",
                "--date=2026-10-29T12:00:00Z"));

        SourceVersion version = SourceVersion.of(trust);

        assertTrue(version.known(), "a committed folder has a version");
        assertEquals(40, version.commit().length());
        assertEquals(LocalDate.of(2026, 10, 29), version.date(), "the committer date, pinned below");
        assertFalse(text(version).contains("not yet committed"), text(version));

        Files.writeString(trust.resolve("trust.yaml"), "schema: matreport/v1\n# edited\n");
        assertTrue(text(SourceVersion.of(trust)).endsWith(", with changes not yet committed"), "an edit shows");
    }

    private static boolean run(Path folder, String... command) throws Exception {
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(command))
                    .directory(folder.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("GIT_COMMITTER_DATE", "2026-10-29T12:00:00Z");
            Process process = builder.start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** How the pack words a source version. */
    private static String text(SourceVersion version) {
        return new PackView.Making(version, Instant.EPOCH, false).sourceText();
    }
}

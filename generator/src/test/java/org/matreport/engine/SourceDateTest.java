package org.matreport.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.support.GitRepos;
import org.matreport.support.InvalidRequestException;
import org.matreport.support.SourceVersion;

/** The pack's date from git: a repository made here, with commits dated by hand. */
class SourceDateTest {

    static final long FIRST = 1_750_000_000L; // 15 June 2025
    static final long SECOND = 1_760_000_000L; // 9 October 2025

    @TempDir
    Path repo;

    @Test
    void sourceDateEpochIsWholeSecondsThatAPdfCanHold() throws Exception {
        assertEquals(1_700_000_000L, SourceDate.parse(" 1700000000 "));
        assertEquals(SourceDate.LATEST, SourceDate.parse(Long.toString(SourceDate.LATEST)));
        assertNull(SourceDate.parse(""));
        for (String wrong : List.of("abc", "1e9", "-5", "1.5", "253402300800", "99999999999999999999")) {
            InvalidRequestException refused =
                    assertThrows(InvalidRequestException.class, () -> SourceDate.parse(wrong));
            assertTrue(refused.getMessage().startsWith("SOURCE_DATE_EPOCH must be a whole number"), wrong);
            assertTrue(refused.getMessage().contains("'" + wrong + "'"), refused.getMessage());
        }
        assertThrows(InvalidRequestException.class, () -> SourceDate.check(-1L));
    }

    @Test
    void takesTheLastCommitThatTouchedTheTrustFolder() throws Exception {
        assumeTrue(GitRepos.installed(), "git is not installed");
        Path trust = Files.createDirectories(repo.resolve("trust"));
        GitRepos.init(repo);
        Files.writeString(trust.resolve("trust.yaml"), "trust: {}\n");
        GitRepos.commitAll(repo, FIRST);
        // A later commit elsewhere in the repository does not move the trust's date.
        Files.writeString(repo.resolve("README.md"), "elsewhere\n");
        GitRepos.commitAll(repo, SECOND);
        assertEquals(FIRST, lastCommit(trust));

        Files.writeString(trust.resolve("trust.yaml"), "trust: {name: x}\n");
        GitRepos.commitAll(repo, SECOND);
        assertEquals(SECOND, lastCommit(trust));
    }

    @Test
    void isNullOutsideGitAndBeforeTheFirstCommit() throws Exception {
        Path plain = Files.createDirectories(repo.resolve("plain"));
        assertNull(lastCommit(plain), "a folder that is not in git");
        assertNull(lastCommit(repo.resolve("missing")), "a folder that does not exist");
        assumeTrue(GitRepos.installed(), "git is not installed");
        GitRepos.init(plain);
        assertNull(lastCommit(plain), "a repository with no commit yet");
    }

    /** The commit time in seconds, as the pack is stamped with it, or {@code null} when git gives none. */
    private static Long lastCommit(Path folder) {
        SourceVersion version = SourceVersion.of(folder);
        return version.known() ? version.committed().getEpochSecond() : null;
    }
}

package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CI checkout one commit deep: the pack says its citation may be wrong, and --since says why a tag is missing. */
class ShallowHistoryTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");

    @TempDir
    Path temp;

    private GitRepository twoCommitsWithATag() throws Exception {
        GitRepository origin =
                GitRepository.withTrust(Files.createDirectories(temp.resolve("origin")), "strategy", EXAMPLE);
        origin.commit("December pack");
        origin.git("tag", "board-2026-12");
        origin.replace("strategy/trust.yaml", "trustees: 10", "trustees: 11");
        origin.commit("More trustees");
        return origin;
    }

    @Test
    void sinceATagAShallowCloneLacksSaysTheHistoryIsShallowAndHowToFetchIt() throws Exception {
        twoCommitsWithATag().shallowClone(temp.resolve("clone"));
        Cli diff = Cli.run(
                "diff",
                "--since",
                "board-2026-12",
                temp.resolve("clone/strategy").toString());
        assertEquals(Main.INVALID, diff.exitCode(), diff.all());
        assertTrue(
                diff.err().contains("history is shallow: 'board-2026-12' may be a commit that was not fetched"),
                diff.err());
        assertTrue(diff.err().contains("fetch-depth: 0"), diff.err());
    }

    @Test
    void aPackFromAShallowCloneSaysSoOnce() throws Exception {
        twoCommitsWithATag().shallowClone(temp.resolve("clone"));
        Cli generate = Cli.run(
                "generate",
                temp.resolve("clone/strategy").toString(),
                "-o",
                temp.resolve("out").toString(),
                "--format",
                "md");
        assertEquals(Main.OK, generate.exitCode(), generate.all());
        String said = "history is shallow: the pack cites commit ";
        assertEquals(1, generate.all().split(said, -1).length - 1, generate.all());
    }

    @Test
    void aFullHistorySaysNothingOfIt() throws Exception {
        twoCommitsWithATag();
        Cli generate = Cli.run(
                "generate",
                temp.resolve("origin/strategy").toString(),
                "-o",
                temp.resolve("out").toString(),
                "--format",
                "md");
        assertEquals(Main.OK, generate.exitCode(), generate.all());
        assertFalse(generate.all().contains("shallow"), generate.all());
        Cli diff = Cli.run(
                "diff",
                "--since",
                "board-2026-12",
                temp.resolve("origin/strategy").toString());
        assertFalse(diff.all().contains("shallow"), diff.all());
    }
}

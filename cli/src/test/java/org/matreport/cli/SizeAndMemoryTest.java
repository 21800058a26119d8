package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.LargeTrust;

/**
 * Too large a trust is refused as invalid input (exit 2) by the default limit, and a run that runs out of memory all
 * the same ends in one line and an exit code of its own (5), never a stack trace or the findings' exit code.
 */
class SizeAndMemoryTest {

    @TempDir
    Path temp;

    @Test
    void moreSchoolsThanTheDefaultLimitIsInvalidInput() throws Exception {
        Path trust = LargeTrust.write(temp.resolve("trust"), 2_001, 0);

        Cli result = Cli.run("check", trust.toString());

        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(
                result.err().contains("the trust lists 2,001 schools, over the limit of 2,000")
                        && result.err().contains("-Dmatreport.maxSchools=N"),
                result.err());
    }

    @Test
    void runningOutOfMemoryIsOneLineAndItsOwnExitCode() throws Exception {
        Path trust = LargeTrust.write(temp.resolve("trust"), 2_000, 0);
        JavaProcess run = JavaProcess.run(
                temp,
                List.of("-Xmx24m", "-XX:+UseSerialGC"),
                "generate",
                trust.toString(),
                "-o",
                temp.resolve("out").toString());
        List<String> lines = run.err();

        assertEquals(Main.OUT_OF_MEMORY, run.exitCode(), String.join("\n", lines));
        assertEquals(1, lines.size(), () -> String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("matreport: out of memory (Java may use "), lines.get(0));
        assertTrue(lines.get(0).contains("-Xmx"), lines.get(0));
        assertFalse(Files.exists(temp.resolve("out").resolve("very-large-learning-trust.pdf")), "no PDF written");
    }
}

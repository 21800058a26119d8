package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack written in a process of its own says nothing on standard error: the PDF library, which logs each of its steps
 * until told not to, is quieted before the warm-up thread first uses it.
 */
class QuietConsoleTest {

    private static final Path EXAMPLE = Path.of("..", "example-trust");

    @TempDir
    Path temp;

    @Test
    void aPackWithAPdfLeavesStandardErrorEmpty() throws Exception {
        Path out = temp.resolve("out");

        JavaProcess run = JavaProcess.run(
                temp, List.of("-XX:+UseSerialGC"), "generate", EXAMPLE.toString(), "-o", out.toString());

        assertEquals(Main.OK, run.exitCode(), String.join("\n", run.err()));
        assertEquals(List.of(), run.err(), "nothing on standard error");
        try (var files = Files.list(out)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".pdf")), "the PDF was written");
        }
    }
}

package org.matreport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed while it puts a pack in place, and two runs that reach for one output folder at once. */
class KilledRunRecoveryTest {

    @TempDir
    Path out;

    @Test
    void aRunKilledBetweenTwoMovesIsCompletedByTheNextWriteToTheFolder() throws Exception {
        for (String name : List.of("pack.md", "pack.html", "pack.pdf")) {
            Files.writeString(out.resolve(name), "old");
        }
        Process killed = java(KilledWriter.class, out.toString()).start();
        assertTrue(killed.waitFor(60, TimeUnit.SECONDS), "the writer stopped");
        assertEquals(137, killed.exitValue(), "the writer halted in the rename window");
        assertEquals("new", Files.readString(out.resolve("pack.md")), "one file was moved before the kill");
        assertEquals("old", Files.readString(out.resolve("pack.html")), "the pack is mixed until the next run");
        assertTrue(Files.exists(out.resolve(AtomicFiles.JOURNAL)), "the killed run left its journal");

        AtomicFiles.write(out, Map.of("pack.findings.json", "{}".getBytes(StandardCharsets.UTF_8)));

        for (String name : List.of("pack.md", "pack.html", "pack.pdf")) {
            assertEquals("new", Files.readString(out.resolve(name)), name + " is the killed run's");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of("pack.findings.json", "pack.html", "pack.md", "pack.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no journal and no temporary file is left");
        }
    }

    @Test
    void aSecondRunInTheSameProcessIsRefusedByName() throws Exception {
        try (OutputLock first = OutputLock.take(out)) {
            InvalidRequestException refused =
                    assertThrows(InvalidRequestException.class, () -> OutputLock.take(out.resolve(".")));
            assertTrue(refused.getMessage().contains("another pack of this run"), refused.getMessage());
        }
        OutputLock.take(out).close();
    }

    @Test
    void aRunInAnotherProcessIsRefusedNamingThatProcess() throws Exception {
        Process holder = java(KilledWriter.class, out.toString(), "hold").start();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("held", lines.readLine(), "the other process took the folder");
            InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> OutputLock.take(out));
            assertTrue(
                    refused.getMessage().contains("another matreport run (process " + holder.pid() + ")"),
                    refused.getMessage());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the holder let go");
        }
        OutputLock.take(out).close();
    }

    private static ProcessBuilder java(Class<?> main, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    }
}

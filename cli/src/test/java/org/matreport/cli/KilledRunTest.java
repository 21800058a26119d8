package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.load.LoadLimits;

/**
 * A real {@code matreport generate} in its own JVM, killed while it renders a large trust: the pack it would have
 * replaced must still be there, byte for byte, and no partial or temporary file may be left beside it.
 */
class KilledRunTest {

    /**
     * Enough schools that the PDF takes seconds to render, long after the findings line is printed, and no more than
     * a trust may list.
     */
    private static final int SCHOOLS = LoadLimits.DEFAULT_MAX_SCHOOLS;

    private static final String FINGERPRINT = ".matreport-fingerprint";

    @TempDir
    Path temp;

    @Test
    void aRunKilledWhileRenderingLeavesThePreviousPackWhole() throws Exception {
        Path trust = OutputFolderTest.minimalTrust(temp.resolve("trust"), "Minimal Learning Trust");
        Path out = temp.resolve("out");
        Cli first = Cli.run("generate", trust.toString(), "-o", out.toString());
        assertEquals(Main.OK, first.exitCode(), first.all());
        Map<String, byte[]> previous = contents(out);
        assertEquals(
                List.of(
                        FINGERPRINT,
                        ".matreport.lock",
                        "minimal-learning-trust.findings.json",
                        "minimal-learning-trust.html",
                        "minimal-learning-trust.md",
                        "minimal-learning-trust.pdf",
                        "minimal-learning-trust.sarif"),
                List.copyOf(previous.keySet()),
                "the previous pack: Markdown, HTML, PDF, the findings, the run's fingerprint and the folder's lock");

        enlarge(trust.resolve("trust.yaml"));
        Process run = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "generate",
                        trust.toString(),
                        "-o",
                        out.toString())
                .redirectErrorStream(true)
                .start();
        StringBuilder printed = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            // The findings line is the last thing printed before the pack is rendered.
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                printed.append(line).append('\n');
                if (line.startsWith("Findings:")) {
                    run.destroyForcibly();
                    break;
                }
            }
        }
        int exit = run.waitFor();
        assertTrue(printed.toString().contains("Findings:"), "the run reached rendering:\n" + printed);
        assertNotEquals(Main.OK, exit, "the run was killed before it finished:\n" + printed);

        Map<String, byte[]> after = contents(out);
        // A run forgets the fingerprint before it renders, so that a run stopped halfway never looks up to date;
        // whether the kill came before or after that, the fingerprint is either gone or as it was.
        byte[] fingerprint = after.remove(FINGERPRINT);
        byte[] previousFingerprint = previous.remove(FINGERPRINT);
        assertTrue(fingerprint == null || java.util.Arrays.equals(previousFingerprint, fingerprint), "the fingerprint");
        assertEquals(List.copyOf(previous.keySet()), List.copyOf(after.keySet()), "the same files, and no others");
        for (String name : previous.keySet()) {
            assertTrue(java.util.Arrays.equals(previous.get(name), after.get(name)), name + " is unchanged");
        }
    }

    /** Every file in the folder, hidden ones included, so that a temporary file left behind shows. */
    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : OutputFolderTest.names(folder)) {
            files.put(name, Files.readAllBytes(folder.resolve(name)));
        }
        return files;
    }

    private static void enlarge(Path trustYaml) throws IOException {
        String yaml = Files.readString(trustYaml);
        StringBuilder schools = new StringBuilder(yaml.substring(0, yaml.indexOf("schools:"))).append("schools:\n");
        for (int i = 0; i < SCHOOLS; i++) {
            schools.append("  - urn: ")
                    .append(100001 + i)
                    .append("\n    name: School number ")
                    .append(i)
                    .append("\n    phase: primary\n    group: north\n    pupils: ")
                    .append(200 + i % 300)
                    .append('\n');
        }
        Files.writeString(trustYaml, schools);
    }
}

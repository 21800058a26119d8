package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A trust's own templates run in FreeMarker with no way out: no Java classes, no object API, no file outside the
 * templates folder. Each attempt ends the run with exit 2 and writes nothing, and the secret beside the folder never
 * reaches an output.
 */
class TemplateSandboxTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
                "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/\")}",
                "${growth?api}",
                "<#include \"../secret.ftl\">",
                "<#include \"/../secret.ftl\">",
                "<#include \"linked.ftl\">",
                "<#import \"../secret.ftl\" as s>"
            })
    void anEscapeFromTheTemplateFolderEndsTheRun(String attempt) throws IOException {
        Path trust = OutputFolderTest.minimalTrust(temp.resolve("trust"), "Minimal Learning Trust");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Path secret = Files.writeString(temp.resolve("secret.ftl"), "SECRET-TEMPLATE-TEXT");
        Files.createSymbolicLink(templates.resolve("linked.ftl"), secret);
        Files.writeString(templates.resolve("growth.md.ftl"), "## Growth\n\n" + attempt + "\n");
        Path out = temp.resolve("out");

        Cli result = Cli.run(
                "generate",
                trust.toString(),
                "-o",
                out.toString(),
                "--format",
                "md",
                "--templates",
                templates.toString());

        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(
                result.err().contains("growth.md.ftl") || result.err().contains("linked.ftl"),
                "the error names the template: " + result.err());
        assertFalse(result.err().contains("unexpected failure"), result.err());
        assertFalse(result.all().contains("SECRET-TEMPLATE-TEXT"), result.all());
        assertFalse(Files.exists(out), "nothing was written");
    }
}

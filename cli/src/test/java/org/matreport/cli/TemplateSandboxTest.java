package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                "<#import \"../secret.ftl\" as s>",
                "${cover.class.protectionDomain}",
                "${cover.class}",
                "${cover.getClass()}",
                "${cover.trustName.class.protectionDomain.codeSource.location}"
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

    /** A list without end that writes is stopped by the output's size; one that writes nothing by the clock. */
    @ParameterizedTest
    @ValueSource(strings = {"<#list 1.. as i>${i} </#list>", "<#include \"endless.ftl\">"})
    void aListWithoutEndIsStoppedNamingTheTemplate(String loop) throws IOException {
        Path trust = OutputFolderTest.minimalTrust(temp.resolve("trust"), "Minimal Learning Trust");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("endless.ftl"), "<#list 1.. as i></#list>");
        Files.writeString(templates.resolve("growth.md.ftl"), "## Growth\n\n" + loop + "\n");
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
        assertTrue(result.err().contains("template pack.md.ftl (or one it includes)"), result.err());
        assertTrue(result.err().contains("look for a list without end"), result.err());
        assertFalse(Files.exists(out), "nothing was written");
    }

    /** A failure a template recovers from with #attempt is its own business: nothing is logged. */
    @org.junit.jupiter.api.Test
    void aFailureInsideAttemptIsNotLogged() throws Exception {
        Path trust = OutputFolderTest.minimalTrust(temp.resolve("trust"), "Minimal Learning Trust");
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(
                templates.resolve("growth.md.ftl"),
                "## Growth\n\n<#attempt>${noSuchThing}<#recover>recovered</#attempt>\n");
        JavaProcess result = JavaProcess.run(
                temp,
                List.of(),
                "generate",
                trust.toString(),
                "-o",
                temp.resolve("out").toString(),
                "--format",
                "md",
                "--templates",
                templates.toString());

        assertEquals(Main.OK, result.exitCode(), String.join("\n", result.err()));
        assertEquals(
                List.of(),
                result.err().stream()
                        .filter(line -> line.contains("SEVERE") || line.contains("noSuchThing"))
                        .toList());
    }
}

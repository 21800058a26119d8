package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.support.Format;

class PackWriterTest {

    @TempDir
    Path dir;

    private final Packs packs = new Packs();

    @Test
    void writesTheRequestedFormatsUnderTheTrustsSlug() throws Exception {
        Path out = dir.resolve("out");
        List<Path> written =
                packs.write(TestTrusts.northernLights(), out, EnumSet.of(Format.PDF, Format.MARKDOWN), null, null);
        assertEquals(
                List.of(
                        out.resolve("northern-lights-academy-trust.md"),
                        out.resolve("northern-lights-academy-trust.pdf"),
                        out.resolve("northern-lights-academy-trust.findings.json"),
                        out.resolve("northern-lights-academy-trust.sarif")),
                written);
        assertEquals(4, filesIn(out).size(), "no HTML asked for, none written; no temporary file left");
    }

    @Test
    void aTemplateInTheOverrideFolderReplacesTheBuiltInOneByName() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("growth.md.ftl"), "## Growth\n\nOur own words: ${growth.summary}\n");
        String md = Files.readString(packs.write(
                        TestTrusts.northernLights(), dir.resolve("out"), EnumSet.of(Format.MARKDOWN), templates, null)
                .get(0));
        assertTrue(md.contains("Our own words: 2 schools with 1,140 pupils"), md);
        assertFalse(md.contains("| Expected |"), "the built-in growth table is gone");
        assertTrue(md.contains("## Schools"), "the other built-ins still apply");
    }

    @Test
    void anOverriddenStylesheetReachesTheHtml() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("pack.css"), "body { color: #123456; }\n");
        String html = Files.readString(
                packs.write(TestTrusts.northernLights(), dir.resolve("out"), EnumSet.of(Format.HTML), templates, null)
                        .get(0));
        assertTrue(html.contains("body { color: #123456; }"), html);
        assertFalse(html.contains("@page"), "the built-in stylesheet is replaced, not added to");
    }

    @Test
    void aBrokenTemplateNamesItsFileAndLine() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("schools.md.ftl"), "## Schools\n\n<#list schools.groups as g>\n${g.name\n");
        RenderException e = assertThrows(
                RenderException.class,
                () -> packs.write(
                        TestTrusts.northernLights(), dir.resolve("out"), EnumSet.of(Format.MARKDOWN), templates, null));
        assertEquals("schools.md.ftl", e.template());
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.getMessage().startsWith("schools.md.ftl:" + e.line() + ":" + e.column() + ": "), e.getMessage());
    }

    @Test
    void aTemplateThatFailsWhileRunningNamesItsFileAndLine() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("vision.md.ftl"), "## Vision and mission\n\n${vision.nothingHere}\n");
        RenderException e = assertThrows(
                RenderException.class,
                () -> packs.write(
                        TestTrusts.northernLights(), dir.resolve("out"), EnumSet.of(Format.MARKDOWN), templates, null));
        assertEquals("vision.md.ftl", e.template());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("nothingHere"), e.getMessage());
    }

    @Test
    void templatesCannotReachJava() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(
                templates.resolve("cover.md.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        RenderException e = assertThrows(
                RenderException.class,
                () -> packs.write(
                        TestTrusts.northernLights(), dir.resolve("out"), EnumSet.of(Format.MARKDOWN), templates, null));
        assertEquals("cover.md.ftl", e.template());
    }

    @Test
    void aFailedRunLeavesThePreviousPackUntouched() throws Exception {
        Path out = dir.resolve("out");
        packs.write(TestTrusts.northernLights(), out, EnumSet.allOf(Format.class), null, null);
        byte[] before = Files.readAllBytes(out.resolve("northern-lights-academy-trust.md"));
        byte[] pdfBefore = Files.readAllBytes(out.resolve("northern-lights-academy-trust.pdf"));

        // Markdown renders, the layout does not: nothing may be written, not even the Markdown.
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("layout.html.ftl"), "<html>${noSuchValue}</html>\n");
        Files.writeString(templates.resolve("growth.md.ftl"), "## Growth\n\nChanged.\n");
        assertThrows(
                RenderException.class,
                () -> packs.write(TestTrusts.northernLights(), out, EnumSet.allOf(Format.class), templates, null));

        assertEquals(new String(before, "UTF-8"), Files.readString(out.resolve("northern-lights-academy-trust.md")));
        assertTrue(java.util.Arrays.equals(
                pdfBefore, Files.readAllBytes(out.resolve("northern-lights-academy-trust.pdf"))));
        assertEquals(5, filesIn(out).size(), "no temporary file left behind");
    }

    @Test
    void aMissingOverrideFolderIsAClearError() {
        RenderException e = assertThrows(
                RenderException.class,
                () -> packs.write(
                        TestTrusts.northernLights(),
                        dir.resolve("out"),
                        EnumSet.of(Format.MARKDOWN),
                        dir.resolve("no-such-folder"),
                        null));
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}

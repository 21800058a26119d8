package org.matreport.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.TestFiles;
import org.matreport.rules.CheckResult;
import org.matreport.rules.FailOn;
import org.matreport.support.Format;
import org.matreport.support.Log;

/** A second run with nothing changed renders nothing; any change to what the pack is made from renders again. */
class IncrementalPackTest {

    private static final Path SOURCE = Path.of("src/test/resources/trusts/full");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    @TempDir
    Path temp;

    private Path trust;
    private Path out;
    private final List<String> lines = new ArrayList<>();
    private final Engine engine = new Engine(new Log() {
        @Override
        public void info(String message) {
            lines.add(message);
        }

        @Override
        public void warn(String message) {
            lines.add(message);
        }
    });

    @BeforeEach
    void copyTheTrust() throws IOException {
        trust = TestFiles.copy(SOURCE, temp.resolve("trust"));
        out = temp.resolve("out");
    }

    @Test
    void aSecondRunWithNothingChangedRendersNothingAndSaysSoInOneLine() throws Exception {
        List<Path> first = generate(request());
        assertTrue(rendered(), "the first run renders");
        byte[] before = Files.readAllBytes(first.get(0));

        List<Path> second = generate(request());

        assertFalse(rendered(), "nothing was rendered the second time: " + lines);
        assertEquals(
                1, lines.stream().filter(l -> l.startsWith("Nothing changed")).count(), lines.toString());
        assertEquals(first, second, "the pack's files are still reported");
        assertEquals(new String(before), Files.readString(second.get(0)));
    }

    @Test
    void forceRendersAgain() throws Exception {
        generate(request());
        generate(request().forced(true));
        assertTrue(rendered());
    }

    @Test
    void aChangedTrustFileRendersAgain() throws Exception {
        generate(request());
        Files.writeString(trust.resolve("schools.yaml"), "\n# a comment is a change\n", StandardOpenOption.APPEND);
        generate(request());
        assertTrue(rendered());
    }

    @Test
    void aRenamedTrustFileRendersAgain() throws Exception {
        generate(request());
        Files.move(trust.resolve("schools.yaml"), trust.resolve("schools.yml"));
        generate(request());
        assertTrue(rendered());
    }

    @Test
    void aChangedLogoRendersAgain() throws Exception {
        generate(request());
        Path logo;
        try (Stream<Path> assets = Files.list(trust.resolve("assets"))) {
            logo = assets.findFirst().orElseThrow();
        }
        Files.writeString(logo, "\n<!-- changed -->\n", StandardOpenOption.APPEND);
        generate(request());
        assertTrue(rendered());
    }

    @Test
    void otherFormatsRenderAgain() throws Exception {
        generate(request());
        generate(new PackRequest(trust, out, EnumSet.of(Format.MARKDOWN, Format.HTML), null, null));
        assertTrue(rendered());
    }

    @Test
    void anotherSourceDateRendersAgain() throws Exception {
        generate(request());
        generate(new PackRequest(trust, out, EnumSet.of(Format.MARKDOWN), null, 1_800_000_000L));
        assertTrue(rendered());
    }

    @Test
    void aChangedTemplateRendersAgain() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("pack.css"), "body { color: black; }\n");
        PackRequest withTemplates = new PackRequest(trust, out, EnumSet.of(Format.MARKDOWN), templates, null);
        generate(withTemplates);
        generate(withTemplates);
        assertFalse(rendered(), "unchanged templates: " + lines);

        Files.writeString(templates.resolve("pack.css"), "body { color: navy; }\n");
        generate(withTemplates);
        assertTrue(rendered());
    }

    @Test
    void aChangedPictureAStylesheetReachesInTheTrustFolderRendersAgain() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        // From the templates folder up into the trust folder: a file the templates' own digest does not cover.
        Files.writeString(
                templates.resolve("pack.css"), "main { background-image: url(../trust/assets/paper.png); }\n");
        Files.write(trust.resolve("assets/paper.png"), png(0x336699));
        PackRequest withTemplates = new PackRequest(trust, out, EnumSet.of(Format.HTML), templates, null);
        List<Path> pack = generate(withTemplates);
        String before = Files.readString(pack.get(0));
        generate(withTemplates);
        assertFalse(rendered(), "unchanged picture: " + lines);

        Files.write(trust.resolve("assets/paper.png"), png(0x993366));
        generate(withTemplates);
        assertTrue(rendered(), "a changed picture renders again: " + lines);
        assertNotEquals(before, Files.readString(pack.get(0)), "the page carries the new picture");
    }

    private static byte[] png(int rgb) throws IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                image.setRGB(x, y, rgb);
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void aPackFileChangedOrDeletedSinceTheRunIsRenderedAgain() throws Exception {
        List<Path> pack = generate(request());
        Files.writeString(pack.get(0), "edited by hand");
        generate(request());
        assertTrue(rendered(), "an edited pack file");

        Files.delete(pack.get(0));
        generate(request());
        assertTrue(rendered(), "a deleted pack file");
        assertTrue(Files.isRegularFile(pack.get(0)));
    }

    @Test
    void aFailedRenderLeavesThePreviousPackAndRendersNextTime() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        List<Path> pack = generate(request());
        String before = Files.readString(pack.get(0));

        Files.writeString(templates.resolve("vision.md.ftl"), "${vision.noSuchField}\n");
        PackRequest broken = new PackRequest(trust, out, EnumSet.of(Format.MARKDOWN), templates, null);
        assertThrows(org.matreport.render.RenderException.class, () -> engine.generate(broken, TODAY));
        assertEquals(before, Files.readString(pack.get(0)), "the previous pack is untouched");

        // Rendering happens before anything is written, so the failed run left the pack and its fingerprint as
        // they were, and they still agree: the next run with the old inputs has nothing to do.
        generate(request());
        assertFalse(rendered(), "the failed run wrote nothing, its fingerprint included");
        assertEquals(before, Files.readString(pack.get(0)));
    }

    @Test
    void findingsAtTheFailLevelStopThePackBeforeAnythingIsWritten() throws Exception {
        CheckResult result = engine.check(trust, TODAY);
        FailOn level = FailOn.INFO;
        assertTrue(result.fails(level), "the fixture trust has findings to fail on");

        FailingFindingsException e = assertThrows(
                FailingFindingsException.class, () -> engine.generate(request().failingOn(level), TODAY));

        assertEquals(level, e.level());
        assertFalse(Files.exists(out), "nothing was written");
    }

    @Test
    void aRenamedTrustsPackReplacesTheOldOneAndLeavesOtherFilesAlone() throws Exception {
        List<Path> old = generate(request());
        Path someoneElses = Files.writeString(out.resolve("minutes.md"), "kept");

        rename("Oak Learning Trust");
        List<Path> renamed = generate(request());

        for (Path file : old) {
            assertFalse(Files.exists(file), file + " went with the old name");
        }
        assertTrue(renamed.stream().allMatch(Files::exists), renamed.toString());
        assertTrue(renamed.get(0).getFileName().toString().startsWith("oak-learning-trust."), renamed.toString());
        assertEquals("kept", Files.readString(someoneElses), "a file matreport did not write stays");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Removed ")), lines.toString());
    }

    @Test
    void anOldPackFileChangedSinceItWasWrittenIsKept() throws Exception {
        Path old = generate(request()).get(0);
        Files.writeString(old, "\nA note of the clerk's.", StandardOpenOption.APPEND);

        rename("Oak Learning Trust");
        generate(request());

        assertTrue(Files.readString(old).endsWith("A note of the clerk's."), "changed by hand, so left in place");
    }

    /** Gives the trust another name, which gives its pack's files other names. */
    private void rename(String name) throws IOException {
        Path file = trust.resolve("trust.yaml");
        String yaml = Files.readString(file);
        String renamed = yaml.replaceFirst("(?m)^  name: .*$", "  name: " + name);
        assertFalse(yaml.equals(renamed), "the fixture names its trust on a line of its own");
        Files.writeString(file, renamed);
    }

    private PackRequest request() {
        return new PackRequest(trust, out, EnumSet.of(Format.MARKDOWN), null, null);
    }

    private List<Path> generate(PackRequest request) throws Exception {
        lines.clear();
        return engine.generate(request, TODAY);
    }

    private boolean rendered() {
        return lines.stream().anyMatch(l -> l.startsWith("Wrote "));
    }
}

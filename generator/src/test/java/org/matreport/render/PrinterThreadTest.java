package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matreport.engine.PackRequest;
import org.matreport.engine.PackWriter;
import org.matreport.load.LoadedTrust;
import org.matreport.rules.CoherenceCheck;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * The PDF, whose text is its own, may be printed on another thread while the caller's makes the rest: the files are
 * the same to the byte, and a failure over there reaches the caller as if it had happened on its own thread.
 */
class PrinterThreadTest {

    private static final long EPOCH = 1_790_000_000L;

    @TempDir
    Path dir;

    private final Set<String> printedOn = ConcurrentHashMap.newKeySet();
    private final ExecutorService printer = Executors.newSingleThreadExecutor(task -> new Thread(
            () -> {
                printedOn.add(Thread.currentThread().getName());
                task.run();
            },
            "test-printer"));

    @AfterEach
    void stopThePrinter() {
        printer.shutdownNow();
    }

    @Test
    void everyFormatIsTheSameToTheByteWhenThePdfIsPrintedOnAnotherThread() throws Exception {
        LoadedTrust trust = TestTrusts.loaded(TestTrusts.northernLights());
        Set<Format> all = EnumSet.allOf(Format.class);

        List<Path> alone = write(new PackWriter(), trust, all, dir.resolve("alone"), null);
        List<Path> apart = write(new PackWriter(printer), trust, all, dir.resolve("apart"), null);

        assertEquals(Set.of("test-printer"), printedOn, "the PDF went to the printer's thread");
        assertEquals(alone.size(), apart.size());
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i).getFileName(), apart.get(i).getFileName());
            assertArrayEquals(
                    Files.readAllBytes(alone.get(i)),
                    Files.readAllBytes(apart.get(i)),
                    alone.get(i).getFileName() + " differs");
        }
    }

    @Test
    void aPdfThatSharesItsTextWithTheOthersIsPrintedOnTheCallersThread() throws Exception {
        LoadedTrust trust = TestTrusts.loaded(TestTrusts.northernLights());
        PackRequest request = new PackRequest(
                        trust.folder(), dir.resolve("out"), EnumSet.allOf(Format.class), null, EPOCH)
                .withAppendix(Appendix.FULL);

        new PackWriter(printer).write(trust, new CoherenceCheck().run(trust, Packs.TODAY), request, Log.silent());

        assertTrue(printedOn.isEmpty(), "one text for all three formats: nothing to print apart");
    }

    @Test
    void aTemplateFailingOnlyInThePrintedPackIsReportedToTheCallerWithItsFileAndLine() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        // Only the printed pack, with its short appendix, reaches the broken line.
        Files.writeString(
                templates.resolve("appendix.md.ftl"),
                "## For the strategy team\n\n<#if !appendix.full>\n${nothing.here}\n</#if>\n");
        LoadedTrust trust = TestTrusts.loaded(TestTrusts.northernLights());

        RenderException e = assertThrows(
                RenderException.class,
                () -> write(
                        new PackWriter(printer), trust, EnumSet.allOf(Format.class), dir.resolve("out"), templates));

        assertEquals(Set.of("test-printer"), printedOn);
        assertTrue(e.getMessage().startsWith("appendix.md.ftl:4:"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing written when one format fails");
    }

    private List<Path> write(PackWriter writer, LoadedTrust trust, Set<Format> formats, Path out, Path templates)
            throws Exception {
        PackRequest request = new PackRequest(trust.folder(), out, formats, templates, EPOCH);
        return writer.write(trust, new CoherenceCheck().run(trust, Packs.TODAY), request, Log.silent());
    }
}

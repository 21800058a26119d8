package org.matreport.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.matreport.render.PdfWriter;
import org.matreport.support.Format;

/**
 * The command line's second thread, for the PDF. It gets the PDF renderer ready while the main thread reads and checks
 * the trust, and then prints the pack's PDF while the main thread writes the Markdown and HTML: a cold process reaches
 * the PDF with the PDF stack loaded and compiled, and the two cores of a small machine both work. Only the command
 * line does this, because only it owns its process: a daemon thread cannot keep it alive, and nothing closes its class
 * loader.
 */
final class PdfWarmUp {

    private PdfWarmUp() {}

    /**
     * Starts the warm-up when a PDF is among the formats asked for, and returns the thread to print on; without a PDF,
     * the caller's own thread.
     */
    static Executor startFor(Set<Format> formats, Path trustFolder) {
        if (!formats.contains(Format.PDF)) {
            return Runnable::run;
        }
        ExecutorService printer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "matreport-printer");
            thread.setDaemon(true);
            return thread;
        });
        // Quiet first: the PDF library logs its every step to the console until told otherwise.
        PdfWriter.quietLibraryLog();
        printer.execute(() -> PdfWriter.warmUp(trustFolder));
        return printer;
    }
}

package org.matreport.cli;

import java.nio.file.Path;
import java.util.Set;
import org.matreport.render.PdfWriter;
import org.matreport.support.Format;

/**
 * Gets the PDF renderer ready on a second thread while the main one reads and checks the trust and writes its HTML: a
 * cold process then reaches the pack's own PDF with the PDF stack loaded and compiled. Only the command line does
 * this, because only it owns its process: a daemon thread cannot keep it alive, and nothing closes its class loader.
 */
final class PdfWarmUp {

    private PdfWarmUp() {}

    /** Starts the warm-up when a PDF is among the formats asked for; does nothing otherwise. */
    static void startFor(Set<Format> formats, Path trustFolder) {
        if (!formats.contains(Format.PDF)) {
            return;
        }
        Thread thread = new Thread(() -> PdfWriter.warmUp(trustFolder), "matreport-pdf-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}

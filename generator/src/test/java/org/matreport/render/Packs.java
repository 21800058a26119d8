package org.matreport.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.matreport.engine.PackRequest;
import org.matreport.engine.PackWriter;
import org.matreport.load.LoadedTrust;
import org.matreport.model.Trust;
import org.matreport.rules.CoherenceCheck;
import org.matreport.support.Format;
import org.matreport.support.Log;

/** Renders packs for tests and keeps the renderer's warnings, so that a test can insist there are none. */
final class Packs {

    /** The date of generation the tests pretend; the trusts name a board meeting, which takes precedence. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    final List<String> warnings = new ArrayList<>();

    private final Log log = new Log() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    };

    List<Path> write(Trust trust, Path out, Set<Format> formats, Path templates, Long epoch)
            throws RenderException, IOException {
        return write(TestTrusts.loaded(trust), out, formats, templates, epoch);
    }

    List<Path> write(LoadedTrust trust, Path out, Set<Format> formats, Path templates, Long epoch)
            throws RenderException, IOException {
        return new PackWriter()
                .write(
                        trust,
                        new CoherenceCheck().run(trust, TODAY),
                        new PackRequest(trust.folder(), out, formats, templates, epoch),
                        log);
    }

    String text(Trust trust, Path out, Format format) throws RenderException, IOException {
        Path file = write(trust, out, EnumSet.of(format), null, null).get(0);
        return Files.readString(file);
    }

    /** The fonts a PDF's pages use, without their subset prefixes; fails the test if one is not embedded. */
    static Set<String> embeddedFonts(byte[] pdf) throws IOException {
        Set<String> fonts = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        return fonts;
    }
}

package org.matreport.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed copies of the built-in fonts, lent to one PDF at a time and taken back when it is saved.
 *
 * <p>Parsing a TrueType file (its tables, character map and widths) cost about a tenth of every pack when each
 * document parsed its own. A parsed font is not safe for two threads at once, so it is never shared: each document
 * borrows a whole set, and a batch on N threads ends up with N sets, which is a few megabytes each. A font a pack
 * never prints (the Arabic one, for most trusts) is not parsed at all.
 */
final class FontShelf {

    /** The font files' bytes, read out of the jar once per process. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    private final ConcurrentLinkedQueue<Fonts> shelf = new ConcurrentLinkedQueue<>();

    /** A set for one document; give it back with {@link #giveBack} once that document is written. */
    Fonts borrow() {
        Fonts fonts = shelf.poll();
        return fonts != null ? fonts : new Fonts();
    }

    void giveBack(Fonts fonts) {
        shelf.add(fonts);
    }

    /** One document's fonts, parsed on first use. */
    static final class Fonts {
        private final Map<String, TrueTypeFont> parsed = new HashMap<>();

        private Fonts() {}

        /**
         * The font at a resource path, with glyph substitution switched off. PDFBox would otherwise draw "fi" as one
         * glyph whose text is the ligature character, so a search, a copy or a screen reader would not find
         * "Heatherfield" in the pack although it is printed there.
         */
        TrueTypeFont font(String resourcePath) throws IOException {
            TrueTypeFont font = parsed.get(resourcePath);
            if (font == null) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(resourcePath)));
                // PDFBox's Latin substitution ignores per-feature switches, so glyph substitution is turned off as a
                // whole; the built-in fonts need it only for ligatures.
                font.setEnableGsub(false);
                parsed.put(resourcePath, font);
            }
            return font;
        }
    }

    /** A built-in font file's bytes, read out of the jar once however many sets parse it. */
    private static byte[] bytes(String resourcePath) {
        return FILES.computeIfAbsent(resourcePath, FontShelf::read);
    }

    private static byte[] read(String path) {
        try (InputStream in = FontShelf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("built-in font " + path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in font " + path, e);
        }
    }
}

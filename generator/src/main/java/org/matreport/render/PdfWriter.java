package org.matreport.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.matreport.support.Log;

/**
 * Prints the pack's HTML to an A4 PDF: tagged for accessibility (PDF/UA), archival (PDF/A-3u), with DejaVu Sans
 * embedded so that Welsh and other Latin diacritics print and Noto Naskh Arabic for Arabic-script names, with a
 * bookmark for every section, and with every date and the document id pinned to one instant so that the same pack
 * gives the same bytes.
 */
public final class PdfWriter {

    /** DejaVu Sans prints Latin (Welsh, Polish and the rest), Greek and Cyrillic. */
    private static final String LATIN = "DejaVu Sans";

    /**
     * Noto Naskh Arabic prints Arabic-script text, such as an Urdu school name: DejaVu Sans lacks letters Urdu
     * needs (heh goal, yeh barree), and the renderer falls back to the next family for a character the first lacks.
     */
    private static final String ARABIC = "Noto Naskh Arabic";

    /**
     * Every font-family a stylesheet may name: PDF/A must embed every font it uses, and an unregistered family (a
     * browser default such as monospace) leaves the renderer with none. The generic families print in DejaVu Sans.
     */
    static final List<String> FAMILIES = List.of(LATIN, ARABIC, "sans-serif", "serif", "monospace");

    private static final Map<String, String> FILES = Map.of(
            LATIN, "DejaVuSans",
            ARABIC, "NotoNaskhArabic-Regular");

    private static final Map<String, String> BOLD_FILES = Map.of(
            LATIN, "DejaVuSans-Bold",
            ARABIC, "NotoNaskhArabic-Bold");

    /** The warm-up's page: what a pack has, small: headings, a link, a list, a table, a chart and an SVG logo. */
    private static final String SAMPLE = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Sample</title><style>"
            + "html { font-family: 'DejaVu Sans'; } table { border-collapse: collapse; -fs-table-paginate: paginate; }"
            + " th, td { border: 1px solid #c8c8c8; } th { background: #eef1f5; }"
            + " @page { @bottom-center { content: 'Page ' counter(page); } }</style></head><body>"
            + "<img src=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMCIgaGVpZ2h0PSIxMCIgdmlld0JveD0iMCAwIDEwIDEwIj48Y2lyY2xlIGN4PSI1IiBjeT0iNSIgcj0iNCIgZmlsbD0iIzFkM2Y2ZSIvPjwvc3ZnPg==\" alt=\"Logo\" style=\"width: 1cm;\" />"
            + "<h1>Sample</h1><h2 id=\"a\">Part</h2><p>Some <strong>text</strong> and a <a href=\"#a\">link</a>.</p>"
            + "<ul><li>One</li><li>Two</li></ul><table><thead><tr><th scope=\"col\">A</th><th scope=\"col\">B</th></tr>"
            + "</thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
            + "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Chart\" width=\"200\""
            + " height=\"30\" viewBox=\"0 0 200 30\"><rect x=\"0\" y=\"0\" width=\"20\" height=\"20\" fill=\"#0072b2\"/>"
            + "<text x=\"30\" y=\"15\" font-size=\"12\">Chart</text></svg></body></html>";

    /** Parsed fonts, reused by one document after another. */
    private static final FontShelf FONTS = new FontShelf();

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final Log log;
    private final ResourceGuard resources;
    private final Set<String> fallbackFamilies;

    /**
     * @param fallbackFamilies families a stylesheet names whose own font could not be carried ({@link
     *     StyleResources}); they print in DejaVu Sans, as PDF/A needs every family it prints to have a font
     */
    PdfWriter(Log log, ResourceGuard resources, Set<String> fallbackFamilies) {
        this.log = log;
        this.resources = resources;
        this.fallbackFamilies = Set.copyOf(fallbackFamilies);
    }

    byte[] write(String html, PackView view, Instant stamp) throws RenderException {
        FontShelf.Fonts fonts = FONTS.borrow();
        try (PDDocument document = new PDDocument()) {
            return write(document, fonts, html, view, stamp);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("the PDF renderer failed: " + e.getMessage(), e);
        } finally {
            FONTS.giveBack(fonts);
        }
    }

    private byte[] write(PDDocument document, FontShelf.Fonts fonts, String html, PackView view, Instant stamp)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(document, fonts, html);
        describe(document, view, stamp);
        document.save(out);
        return out.toByteArray();
    }

    /**
     * Renders a small sample page and throws it away. A cold JVM spends most of its first PDF loading and compiling
     * the PDF stack; a caller with a second core can do that on another thread while the trust is read, checked and
     * turned into HTML. The library starts no thread of its own: whoever runs a process decides. The sample's fonts
     * go back to the shelf for the pack to use. Whatever goes wrong here is left to the pack's own render to report.
     */
    public static void warmUp(Path folder) {
        try {
            sample(folder, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // Only a warm-up: the pack's render meets the same problem (or the same shortage) and says what it is.
        }
    }

    /**
     * Keeps openhtmltopdf off the console. It logs every step through one global logger; the pack reports through the
     * caller's Log instead, and diagnostics still reach the consumer set on each builder. The library's logger is
     * global to the class loader, so the engine that owns the run calls this, not the renderer.
     */
    public static void quietLibraryLog() {
        XRLog.setLoggerImpl(new QuietLogger());
    }

    /** Writes the warm-up's page as a PDF to {@code out}; the tests read it back. */
    static void sample(Path folder, OutputStream out) throws IOException {
        FontShelf.Fonts fonts = FONTS.borrow();
        try (PDDocument document = new PDDocument()) {
            new PdfWriter(Log.silent(), new ResourceGuard(Log.silent(), folder, null), Set.of())
                    .render(document, fonts, SAMPLE);
            document.save(out);
        } finally {
            FONTS.giveBack(fonts);
        }
    }

    /** Lays the page out and paints it into the document, tagged, without the empty artifacts. */
    private void render(PDDocument document, FontShelf.Fonts fonts, String html) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(document);
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.withProducer("matreport");
        // Page content comes out uncompressed, and is compressed once EmptyArtifacts has taken out what draws nothing.
        builder.testMode(true);
        registerFonts(builder, document, fonts, fallbackFamilies);
        // Right-to-left runs are reordered and Arabic letters joined (ICU), so Urdu prints as a reader writes it.
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(TextDirection.LTR);
        // The pack's own charts are drawn by our small painter; anything else (an SVG logo) by Batik, without its
        // scripts and without fetching anything it links to.
        builder.useSVGDrawer(new PackSvgDrawer(
                new ChartPainter(LATIN),
                new LogoDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))));
        // Nothing is fetched from the network, nor read from outside the trust's own folders; data: URIs, which
        // carry the logo inside the page, are read.
        resources.install(builder);
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                log.warn("PDF: " + d.getFormattedMessage());
            }
        });
        builder.withW3cDocument(PrintPage.of(html), null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFKeepOpen();
            EmptyArtifacts.remove(document);
        }
    }

    /** Maps every family to its font, regular and bold; each file is embedded once, and only if the pack uses it. */
    private static void registerFonts(
            PdfRendererBuilder builder, PDDocument document, FontShelf.Fonts fonts, Set<String> fallbackFamilies) {
        Map<String, PDFontSupplier> suppliers = new HashMap<>();
        Set<String> families = new LinkedHashSet<>(FAMILIES);
        families.addAll(fallbackFamilies);
        for (String family : families) {
            String face = FILES.containsKey(family) ? family : LATIN;
            for (boolean bold : new boolean[] {false, true}) {
                String file = Templates.BUILT_IN + "/fonts/" + (bold ? BOLD_FILES : FILES).get(face) + ".ttf";
                PDFontSupplier font = suppliers.computeIfAbsent(file, path -> new EmbeddedFont(document, fonts, path));
                builder.useFont(font, family, bold ? 700 : 400, FontStyle.NORMAL, true);
            }
        }
    }

    /**
     * A built-in font, embedded in the document the first time the renderer asks for it. The renderer asks once per
     * family, and several families share a file, so the embedded font is kept and handed out again.
     */
    private static final class EmbeddedFont extends PDFontSupplier {
        private final PDDocument document;
        private final FontShelf.Fonts fonts;
        private final String resourcePath;
        private PDFont embedded;

        EmbeddedFont(PDDocument document, FontShelf.Fonts fonts, String resourcePath) {
            super(null);
            this.document = document;
            this.fonts = fonts;
            this.resourcePath = resourcePath;
        }

        @Override
        public PDFont supply() {
            if (embedded == null) {
                try {
                    embedded = PDType0Font.load(document, fonts.font(resourcePath), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load built-in font " + resourcePath, e);
                }
            }
            return embedded;
        }
    }

    /** Title, author, subject, language and dates, the same in the document information and in its XMP. */
    private static void describe(PDDocument document, PackView view, Instant stamp) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(stamp.toEpochMilli());

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(view.title());
        info.setAuthor(view.cover().trustName());
        info.setSubject(view.description());
        info.setCreator("matreport");
        info.setProducer("matreport");
        info.setCreationDate(when);
        info.setModificationDate(when);
        document.getDocumentCatalog().setLanguage(view.language());
        // The id is drawn from the title and instant, not from the clock, so that two runs agree.
        document.setDocumentId(documentId(view.title(), stamp));

        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(when);
            basic.setModifyDate(when);
            basic.setMetadataDate(when);
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            if (dc == null) {
                dc = xmp.createAndAddDublinCoreSchema();
            }
            dc.setTitle(view.title());
            dc.setDescription(view.description());
            if (dc.getCreators() == null || dc.getCreators().isEmpty()) {
                dc.addCreator(view.cover().trustName());
            }
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            metadata.importXMPMetadata(xml.toByteArray());
        } catch (Exception e) {
            throw new IOException("cannot pin the PDF's XMP metadata: " + e.getMessage(), e);
        }
    }

    private static long documentId(String title, Instant stamp) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + stamp.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (hash[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A logger that lets nothing through; see {@link #quietLibraryLog}. */
    private static final class QuietLogger implements XRLogger {
        @Override
        public void log(String where, Level level, String message) {}

        @Override
        public void log(String where, Level level, String message, Throwable error) {}

        @Override
        public void setLevel(String logger, Level level) {}

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }
}

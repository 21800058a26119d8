package org.matreport.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import org.matreport.load.LoadedTrust;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * Turns a pack's view into its bytes, one array per format asked for. Every format comes from one Markdown text, so
 * they all say the same thing. It reads the templates, the trust's logo and the files the stylesheets reach
 * ({@link StyleResources}), and writes nothing: where the bytes go,
 * and when, is for the caller to decide.
 *
 * <p>The PDF, which carries a shorter appendix than the others by default, comes from a Markdown text of its own; that
 * chain shares nothing with the others' and is given to the {@code printer} executor, so that a caller with a second
 * core prints while this thread writes the Markdown and HTML. The renderer starts no thread: by default the printer
 * is this thread, and the formats are made one after the other.
 */
public final class PackRenderer {

    private final Path templatesFolder;
    private final Log log;
    private final Executor printer;

    /**
     * @param templatesFolder the trust's own templates, which replace the built-in ones by name; {@code null} for none
     */
    public PackRenderer(Path templatesFolder, Log log) {
        this(templatesFolder, log, Runnable::run);
    }

    /** As {@link #PackRenderer(Path, Log)}, printing a PDF whose text is its own on {@code printer}. */
    public PackRenderer(Path templatesFolder, Log log, Executor printer) {
        this.templatesFolder = templatesFolder;
        this.log = log;
        this.printer = printer;
    }

    /** As {@link #render(LoadedTrust, PackView, Set, Instant, Appendix)} with each format's own appendix. */
    public Map<Format, byte[]> render(LoadedTrust trust, PackView view, Set<Format> formats, Instant stamp)
            throws RenderException {
        return render(trust, view, formats, stamp, null);
    }

    /**
     * The pack of {@code trust}, as {@code view} words it, in each of {@code formats}, in the order Markdown, HTML,
     * PDF. {@code appendix} is how much of the appendix every format carries; {@code null} gives each format its own
     * ({@link Appendix#forFormat}): the printed PDF a short one, the others the full one. Formats with the same
     * appendix come from one Markdown text, so they all say the same thing.
     */
    public Map<Format, byte[]> render(
            LoadedTrust trust, PackView view, Set<Format> formats, Instant stamp, Appendix appendix)
            throws RenderException {
        Templates templates = Templates.forFolder(templatesFolder);
        String logo = formats.contains(Format.HTML) || formats.contains(Format.PDF) ? Logo.dataUri(trust) : null;
        // One for both threads, so that a reference the stylesheets cannot carry is warned about once.
        StyleResources styles = new StyleResources(templatesFolder, trust.folder(), log);
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        Set<Format> together = formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);
        FutureTask<byte[]> print = null;
        if (printsApart(formats, appendix)) {
            together.remove(Format.PDF);
            print = new FutureTask<>(
                    () -> render(trust, view, Set.of(Format.PDF), stamp, appendix, templates, logo, styles)
                            .get(Format.PDF));
            printer.execute(print);
        }
        files.putAll(render(trust, view, together, stamp, appendix, templates, logo, styles));
        if (print != null) {
            files.put(Format.PDF, printed(print));
        }
        return files;
    }

    /** Whether the PDF's text differs from every other format's, so that printing it shares no work with them. */
    private static boolean printsApart(Set<Format> formats, Appendix appendix) {
        if (!formats.contains(Format.PDF)) {
            return false;
        }
        Appendix printed = Appendix.forFormat(appendix, Format.PDF);
        return formats.size() > 1
                && formats.stream()
                        .filter(f -> f != Format.PDF)
                        .noneMatch(f -> Appendix.forFormat(appendix, f) == printed);
    }

    /** The formats that share a text, made on this thread, in the order Markdown, HTML, PDF. */
    private Map<Format, byte[]> render(
            LoadedTrust trust,
            PackView view,
            Set<Format> formats,
            Instant stamp,
            Appendix appendix,
            Templates templates,
            String logo,
            StyleResources styles)
            throws RenderException {
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        Map<Appendix, String> markdown = new EnumMap<>(Appendix.class);
        Map<Appendix, HtmlWriter.Pages> pages = new EnumMap<>(Appendix.class);
        for (Format format : Format.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            Appendix mode = Appendix.forFormat(appendix, format);
            PackView cut = view.withAppendix(mode);
            if (!markdown.containsKey(mode)) {
                markdown.put(mode, new MarkdownWriter(templates).write(cut));
            }
            if (format == Format.MARKDOWN) {
                files.put(format, markdown.get(mode).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (!pages.containsKey(mode)) {
                HtmlWriter.Pages written = new HtmlWriter(templates).write(markdown.get(mode), cut, logo);
                pages.put(
                        mode, new HtmlWriter.Pages(styles.inline(written.html()), styles.inline(written.forPrinter())));
            }
            if (format == Format.HTML) {
                files.put(format, pages.get(mode).html().getBytes(StandardCharsets.UTF_8));
            } else {
                ResourceGuard resources = new ResourceGuard(log, trust.folder(), templatesFolder);
                files.put(
                        format,
                        new PdfWriter(log, resources, styles.fallbackFamilies())
                                .write(pages.get(mode).forPrinter(), cut, stamp));
            }
        }
        return files;
    }

    /** The printed PDF, or the failure that stopped it, as if it had been printed on this thread. */
    private static byte[] printed(FutureTask<byte[]> print) throws RenderException {
        try {
            return print.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the PDF was printed", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RenderException render) {
                throw render;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the PDF could not be printed", cause);
        }
    }
}

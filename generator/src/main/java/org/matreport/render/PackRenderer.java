package org.matreport.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.matreport.load.LoadedTrust;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * Turns a pack's view into its bytes, one array per format asked for. Every format comes from one Markdown text, so
 * they all say the same thing. It reads the templates, the trust's logo and the files the stylesheets reach
 * ({@link StyleResources}), and writes nothing: where the bytes go,
 * and when, is for the caller to decide.
 */
public final class PackRenderer {

    private final Path templatesFolder;
    private final Log log;

    /**
     * @param templatesFolder the trust's own templates, which replace the built-in ones by name; {@code null} for none
     */
    public PackRenderer(Path templatesFolder, Log log) {
        this.templatesFolder = templatesFolder;
        this.log = log;
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
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        Map<Appendix, String> markdown = new EnumMap<>(Appendix.class);
        Map<Appendix, HtmlWriter.Pages> pages = new EnumMap<>(Appendix.class);
        StyleResources styles = new StyleResources(templatesFolder, trust.folder(), log);
        String logo = formats.contains(Format.HTML) || formats.contains(Format.PDF) ? Logo.dataUri(trust) : null;
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
}

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
 * they all say the same thing. It reads the templates and the trust's logo, and writes nothing: where the bytes go,
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

    /** The pack of {@code trust}, as {@code view} words it, in each of {@code formats}, in the order Markdown, HTML, PDF. */
    public Map<Format, byte[]> render(LoadedTrust trust, PackView view, Set<Format> formats, Instant stamp)
            throws RenderException {
        Templates templates = Templates.forFolder(templatesFolder);
        Map<Format, byte[]> files = new EnumMap<>(Format.class);
        String markdown = new MarkdownWriter(templates).write(view);
        if (formats.contains(Format.MARKDOWN)) {
            files.put(Format.MARKDOWN, markdown.getBytes(StandardCharsets.UTF_8));
        }
        if (formats.contains(Format.HTML) || formats.contains(Format.PDF)) {
            HtmlWriter.Pages pages = new HtmlWriter(templates).write(markdown, view, Logo.dataUri(trust));
            if (formats.contains(Format.HTML)) {
                files.put(Format.HTML, pages.html().getBytes(StandardCharsets.UTF_8));
            }
            if (formats.contains(Format.PDF)) {
                ResourceGuard resources = new ResourceGuard(log, trust.folder(), templatesFolder);
                files.put(Format.PDF, new PdfWriter(log, resources).write(pages.forPrinter(), view, stamp));
            }
        }
        return files;
    }
}

package org.matreport.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matreport.engine.AtomicFiles;
import org.matreport.engine.Format;
import org.matreport.engine.Log;
import org.matreport.engine.PackRequest;
import org.matreport.load.LoadedTrust;
import org.matreport.model.Profile;

/**
 * Writes a trust's strategy pack in the requested formats, as {@code <out>/<trust-slug>.md}, {@code .html} and
 * {@code .pdf}. Every format comes from one Markdown text, so they all say the same thing. All formats are rendered
 * before any file is written, so a fault in one leaves every previous file as it was.
 */
public final class PackWriter {

    /** Writes the pack and returns the files written, in the order Markdown, HTML, PDF. */
    public List<Path> write(LoadedTrust trust, PackRequest request, Log log) throws RenderException, IOException {
        PackView view = PackView.of(trust, request.sourceDateEpoch());
        Templates templates = Templates.forFolder(request.templatesFolder());
        String slug = Slug.of(trust.trust().profile().name());

        Map<String, byte[]> files = new LinkedHashMap<>();
        String markdown = new MarkdownWriter(templates).write(view);
        if (request.formats().contains(Format.MARKDOWN)) {
            files.put(slug + "." + Format.MARKDOWN.extension(), markdown.getBytes(StandardCharsets.UTF_8));
        }
        if (request.formats().contains(Format.HTML) || request.formats().contains(Format.PDF)) {
            String html = new HtmlWriter(templates).write(markdown, view);
            if (request.formats().contains(Format.HTML)) {
                files.put(slug + "." + Format.HTML.extension(), html.getBytes(StandardCharsets.UTF_8));
            }
            if (request.formats().contains(Format.PDF)) {
                ResourceGuard resources = new ResourceGuard(log, trust.folder(), request.templatesFolder());
                byte[] pdf = new PdfWriter(log, resources)
                        .write(html, view, stamp(trust.trust().profile(), request));
                files.put(slug + "." + Format.PDF.extension(), pdf);
            }
        }
        List<Path> written = AtomicFiles.write(request.outputFolder(), files);
        written.forEach(p -> log.info("Wrote " + p));
        return written;
    }

    /**
     * The instant stamped into the PDF: the caller's {@code SOURCE_DATE_EPOCH} when given, otherwise a date the data
     * fixes (the board meeting, or else the first day of the period), never the clock.
     */
    static Instant stamp(Profile profile, PackRequest request) {
        if (request.sourceDateEpoch() != null) {
            return Instant.ofEpochSecond(request.sourceDateEpoch());
        }
        var day = profile.boardMeeting() != null
                ? profile.boardMeeting()
                : profile.period().firstDay();
        return day.atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC);
    }
}

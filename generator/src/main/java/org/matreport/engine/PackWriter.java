package org.matreport.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.matreport.diff.Changes;
import org.matreport.findings.FindingsFormat;
import org.matreport.load.LoadedTrust;
import org.matreport.model.Profile;
import org.matreport.render.ChangesView;
import org.matreport.render.PackRenderer;
import org.matreport.render.PackView;
import org.matreport.render.RenderException;
import org.matreport.rules.CheckResult;
import org.matreport.support.AtomicFiles;
import org.matreport.support.Format;
import org.matreport.support.Log;
import org.matreport.support.RepositoryPath;
import org.matreport.support.ShallowHistory;
import org.matreport.support.SourceVersion;
import org.matreport.text.Slug;

/**
 * Writes a trust's strategy pack in the requested formats, as {@code <out>/<trust-slug>.md}, {@code .html} and
 * {@code .pdf}, with the findings beside it as data ({@code .findings.json} and {@code .sarif}). It asks git which
 * version of the files the pack shows, dates the pack, has the renderer make every file, and only then writes them
 * all, so a fault in one leaves every previous file as it was.
 */
public final class PackWriter {

    private final Executor printer;

    /** A writer that makes every format on the caller's thread. */
    public PackWriter() {
        this(Runnable::run);
    }

    /** A writer that prints a PDF whose text is its own on {@code printer}, while the caller's thread makes the rest. */
    public PackWriter(Executor printer) {
        this.printer = printer;
    }

    /** The findings written beside the pack whatever the formats asked for. */
    static final List<FindingsFormat> FINDINGS = List.of(FindingsFormat.JSON, FindingsFormat.SARIF);

    /** Writes the pack and returns the files written: Markdown, HTML, PDF as asked, then the findings. */
    public List<Path> write(LoadedTrust trust, CheckResult result, PackRequest request, Log log)
            throws RenderException, IOException {
        return write(trust, result, request, null, log);
    }

    /**
     * As {@link #write(LoadedTrust, CheckResult, PackRequest, Log)}, with a "Changes since the last pack" section
     * when {@code changes} is given.
     */
    public List<Path> write(LoadedTrust trust, CheckResult result, PackRequest request, Changes changes, Log log)
            throws RenderException, IOException {
        return put(request.outputFolder(), render(trust, result, request, changes, FINDINGS, log), log);
    }

    /**
     * Every file of the pack by name, rendered and not yet written: the formats asked for, then the findings in each
     * of {@code data}.
     */
    Map<String, byte[]> render(
            LoadedTrust trust,
            CheckResult result,
            PackRequest request,
            Changes changes,
            List<FindingsFormat> data,
            Log log)
            throws RenderException {
        SourceVersion source = SourceVersion.of(trust.folder());
        if (source.known() && ShallowHistory.of(trust.folder())) {
            log.warn(ShallowHistory.forPack(source.commit()));
        }
        Instant stamp = stamp(trust.trust().profile(), request, source);
        PackView view = PackView.of(
                        trust, result, new PackView.Making(source, stamp, request.templatesFolder() != null))
                .withChanges(changes == null ? null : ChangesView.of(changes));
        Map<Format, byte[]> rendered = new PackRenderer(request.templatesFolder(), log, printer)
                .render(trust, view, request.formats(), stamp, request.appendix());

        String slug = Slug.of(trust.trust().profile().name());
        Map<String, byte[]> files = new LinkedHashMap<>();
        rendered.forEach((format, bytes) -> files.put(slug + "." + format.extension(), bytes));
        // Dated like the pack, not by the clock, so that the same files give the same bytes.
        FindingsFormat.Subject subject = new FindingsFormat.Subject(
                trust.trust().profile().name(),
                LocalDate.ofInstant(stamp, ZoneOffset.UTC),
                RepositoryPath.of(request.trustFolder()));
        for (FindingsFormat format : data) {
            files.put(
                    slug + "." + format.suffix(), format.write(result, subject).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Puts rendered files in place together, and says so. */
    static List<Path> put(Path folder, Map<String, byte[]> files, Log log) throws IOException {
        List<Path> written = AtomicFiles.write(folder, files);
        written.forEach(p -> log.info("Wrote " + p));
        return written;
    }

    /**
     * The instant the pack is dated and stamped into the PDF: the caller's {@code SOURCE_DATE_EPOCH} when given,
     * otherwise the time of the git commit the trust's files come from, otherwise a date the data fixes (the board
     * meeting, or else the first day of the period); never the clock.
     */
    static Instant stamp(Profile profile, PackRequest request, SourceVersion source) {
        if (request.sourceDateEpoch() != null) {
            return Instant.ofEpochSecond(request.sourceDateEpoch());
        }
        if (source.known()) {
            return source.committed();
        }
        var day = profile.boardMeeting() != null
                ? profile.boardMeeting()
                : profile.period().firstDay();
        return day.atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC);
    }
}

package org.matreport.preview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matreport.engine.Engine;
import org.matreport.engine.PackRequest;
import org.matreport.findings.FindingsFormat;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.LoadedTrust;
import org.matreport.render.RenderException;
import org.matreport.support.Format;
import org.matreport.support.Log;

/**
 * Reads, checks and renders the trust for the preview, in memory: the page, the Markdown and the findings as JSON on
 * every change, the PDF only when someone asks for it, since it takes many times longer than the rest.
 */
final class PreviewRenderer {

    private static final Set<Format> ON_EVERY_CHANGE = Set.of(Format.HTML, Format.MARKDOWN);

    private final Path trustFolder;
    private final Path templatesFolder;
    private final Long sourceDateEpoch;
    private final Engine engine;

    /** {@code sourceDateEpoch} is the instant to stamp, as SOURCE_DATE_EPOCH gives it, or {@code null}. */
    PreviewRenderer(Path trustFolder, Path templatesFolder, Long sourceDateEpoch, Log log) {
        this.trustFolder = trustFolder;
        this.templatesFolder = templatesFolder;
        this.sourceDateEpoch = sourceDateEpoch;
        this.engine = new Engine(log);
    }

    /** The pack as the trust's files now say it, numbered {@code revision}. */
    Rendition render(long revision) throws InvalidTrustException, RenderException {
        LoadedTrust trust = engine.load(trustFolder);
        var findings = engine.check(trust, LocalDate.now());
        Map<String, byte[]> files =
                engine.render(trust, findings, request(ON_EVERY_CHANGE), List.of(FindingsFormat.JSON));
        return new Rendition(
                revision,
                new String(file(files, Format.HTML.extension()), java.nio.charset.StandardCharsets.UTF_8),
                file(files, Format.MARKDOWN.extension()),
                file(files, "findings.json"),
                trust,
                findings);
    }

    /** The PDF of a revision already rendered, from the same checked trust. */
    byte[] pdf(Rendition rendition) throws RenderException {
        Map<String, byte[]> files =
                engine.render(rendition.trust(), rendition.findings(), request(Set.of(Format.PDF)), List.of());
        return file(files, Format.PDF.extension());
    }

    private PackRequest request(Set<Format> formats) {
        // Nothing is written, so there is no output folder.
        return new PackRequest(trustFolder, null, formats, templatesFolder, sourceDateEpoch);
    }

    /** The pack's files are named after the trust; each kind is told by what its name ends with. */
    private static byte[] file(Map<String, byte[]> files, String ending) {
        return files.entrySet().stream()
                .filter(e -> e.getKey().endsWith("." + ending))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the pack has no ." + ending + " file"));
    }
}

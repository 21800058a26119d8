package org.matreport.preview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.matreport.engine.Engine;
import org.matreport.engine.Format;
import org.matreport.engine.Log;
import org.matreport.engine.PackRequest;
import org.matreport.engine.SourceDate;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.LoadedTrust;
import org.matreport.render.PackWriter;
import org.matreport.render.RenderException;

/**
 * Reads, checks and renders the trust for the preview, in memory: the page and the Markdown on every change, the PDF
 * only when someone asks for it, since it takes many times longer than the rest.
 */
final class PackRenderer {

    private static final Set<Format> ON_EVERY_CHANGE = Set.of(Format.HTML, Format.MARKDOWN);

    private final Path trustFolder;
    private final Path templatesFolder;
    private final Engine engine;
    private final PackWriter writer = new PackWriter();
    private final Log log;

    PackRenderer(Path trustFolder, Path templatesFolder, Log log) {
        this.trustFolder = trustFolder;
        this.templatesFolder = templatesFolder;
        this.engine = new Engine(log);
        this.log = log;
    }

    /** The pack as the trust's files now say it, numbered {@code revision}. */
    Rendition render(long revision) throws InvalidTrustException, RenderException {
        LoadedTrust trust = engine.load(trustFolder);
        var findings = engine.check(trust, LocalDate.now());
        Map<String, byte[]> files = writer.render(trust, findings, request(ON_EVERY_CHANGE), null, log);
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
                writer.render(rendition.trust(), rendition.findings(), request(Set.of(Format.PDF)), null, log);
        return file(files, Format.PDF.extension());
    }

    private PackRequest request(Set<Format> formats) {
        // Nothing is written, so there is no output folder.
        return new PackRequest(trustFolder, null, formats, templatesFolder, SourceDate.fromEnvironment());
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

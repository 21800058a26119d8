package org.matreport.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.matreport.diff.Changes;
import org.matreport.diff.ChangesSince;
import org.matreport.findings.FindingsFormat;
import org.matreport.findings.TextReport;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.render.PdfWriter;
import org.matreport.render.RenderException;
import org.matreport.render.TemplateFiles;
import org.matreport.rules.CheckResult;
import org.matreport.rules.CoherenceCheck;
import org.matreport.rules.Rulebook;
import org.matreport.schema.CopiedSchema;
import org.matreport.support.Format;
import org.matreport.support.InvalidRequestException;
import org.matreport.support.Log;
import org.matreport.support.MatreportException;
import org.matreport.support.OutputLock;
import org.matreport.support.RealPath;

/**
 * The one engine behind every front end: the command line and the Maven plugin both build a request and call this,
 * so a trust's pack is the same whichever way it was made.
 */
public final class Engine {

    private final Log log;
    private final TrustLoader loader = new TrustLoader(Rulebook.ids());
    private final CoherenceCheck coherence = new CoherenceCheck();
    private final PackWriter packWriter;
    private final ChangesSince changesSince = new ChangesSince();

    /** An engine that does all its work on the caller's thread. */
    public Engine(Log log) {
        this(log, Runnable::run);
    }

    /**
     * An engine that prints the PDF on {@code printer} while the caller's thread makes the other formats, when the
     * PDF's text is its own (its appendix is shorter by default). The engine starts no thread: whoever owns the
     * process chooses whether a second one is worth it.
     */
    public Engine(Log log, Executor printer) {
        this.log = log;
        this.packWriter = new PackWriter(printer);
    }

    /** Reads and validates a trust folder; every problem in its files comes back at once, and cautions are logged. */
    public LoadedTrust load(Path trustFolder) throws InvalidTrustException {
        LoadedTrust trust = loader.load(trustFolder);
        trust.cautions().forEach(caution -> log.warn(caution.toString()));
        CopiedSchema.staleness(trustFolder).ifPresent(log::info);
        return trust;
    }

    /**
     * Reads the trust and runs every coherence rule. Acknowledgements expire against the board meeting date, or
     * {@code today} when the trust names no meeting.
     */
    public CheckResult check(Path trustFolder, LocalDate today) throws InvalidTrustException {
        return check(load(trustFolder), today);
    }

    /** Runs every coherence rule on a trust already loaded. */
    public CheckResult check(LoadedTrust trust, LocalDate today) {
        return coherence.run(trust, today);
    }

    /**
     * Reads the trust, checks it, and writes its pack in the requested formats; returns the pack's files. When the
     * findings reach the request's fail level nothing is written. When nothing the pack is made from has changed
     * since the last run, and the pack is still as it was written, nothing is rendered unless the request forces it.
     * The pack holds the findings, and the findings are also written beside it as JSON and SARIF.
     */
    public List<Path> generate(PackRequest request, LocalDate today) throws MatreportException {
        return pack(request, today).files();
    }

    /** As {@link #generate}, also returning the findings the pack was written with. */
    public WrittenPack pack(PackRequest request, LocalDate today) throws MatreportException {
        try {
            return packOrFail(request, today);
        } catch (IOException e) {
            throw MatreportException.cannotWrite(e);
        }
    }

    private WrittenPack packOrFail(PackRequest request, LocalDate today) throws MatreportException, IOException {
        checkOutputFolder(request);
        LoadedTrust trust = load(request.trustFolder());
        CheckResult findings = coherence.run(trust, today);
        log.info("Findings: " + TextReport.countLine(findings));
        if (findings.fails(request.failOn())) {
            throw new FailingFindingsException(findings, request.failOn());
        }
        TemplateFiles.check(request.templatesFolder()); // before the fingerprint reads them
        PackFingerprint fingerprint = PackFingerprint.of(trust, request, findings.referenceDate());
        // A revision such as HEAD~1 names different files as the history moves, so a pack with changes always renders.
        if (!request.force() && request.since() == null) {
            Optional<List<Path>> current = fingerprint.currentPack(request.outputFolder());
            if (current.isPresent()) {
                log.info("Nothing changed since the last run (trust files, templates, settings, matreport version);"
                        + " the pack in " + request.outputFolder() + " is up to date and was not rendered again.");
                return new WrittenPack(findings, current.get());
            }
        }
        Changes changes = request.since() == null
                ? null
                : changesSince.revision(request.trustFolder(), request.since(), trust, findings, today);
        if (changes != null) {
            changes.notes().forEach(note -> log.warn("since " + request.since() + ": " + note));
        }
        Map<String, byte[]> files = render(trust, findings, request, changes, PackWriter.FINDINGS);
        // One run at a time puts files in an output folder: another would clear away this one's temporary files.
        try (OutputLock lock = OutputLock.take(request.outputFolder())) {
            List<Path> replaced = PackFingerprint.replacedBy(request.outputFolder(), files.keySet());
            PackFingerprint.forget(request.outputFolder());
            List<Path> written = PackWriter.put(request.outputFolder(), files, log);
            fingerprint.record(request.outputFolder(), written);
            clearAway(replaced);
            return new WrittenPack(findings, written);
        }
    }

    /**
     * Deletes the last pack's files that this one did not overwrite (a renamed trust's pack has new names), so that the
     * folder holds one pack and a pipeline copying its {@code *.html} finds one page. Files changed since they were
     * written are not among them.
     */
    private void clearAway(List<Path> replaced) throws IOException {
        for (Path old : replaced) {
            if (Files.deleteIfExists(old)) {
                log.info("Removed " + old + ", left by the last pack");
            }
        }
    }

    /**
     * The pack for a trust already loaded and checked, by file name, held in memory and written nowhere, with the
     * findings in each of {@code data} only: the live preview serves them as they are, and renders on every save only
     * what it shows.
     */
    public Map<String, byte[]> render(
            LoadedTrust trust, CheckResult findings, PackRequest request, List<FindingsFormat> data)
            throws RenderException {
        return render(trust, findings, request, null, data);
    }

    private Map<String, byte[]> render(
            LoadedTrust trust, CheckResult findings, PackRequest request, Changes changes, List<FindingsFormat> data)
            throws RenderException {
        // Only a pack with a PDF touches the PDF stack: an unchanged pack is recognised before any of its classes load.
        if (request.formats().contains(Format.PDF)) {
            PdfWriter.quietLibraryLog();
        }
        return packWriter.render(trust, findings, request, changes, data, log);
    }

    /** What changed in the trust's findings and data since the trust folder at a git revision. */
    public Changes changesSince(Path trustFolder, String ref, LocalDate today) throws MatreportException {
        LoadedTrust trust = load(trustFolder);
        try {
            return changesSince.revision(trustFolder, ref, trust, coherence.run(trust, today), today);
        } catch (IOException e) {
            throw MatreportException.cannotWrite(e);
        }
    }

    /** What changed in the trust's findings since a findings file written by {@code check --format json}. */
    public Changes changesSinceFindings(Path trustFolder, Path findingsFile, LocalDate today)
            throws MatreportException {
        return changesSince.findingsFile(findingsFile, check(trustFolder, today));
    }

    /**
     * The pack goes into a folder of its own: writing into the trust folder, or into a folder that holds it, would
     * mix generated files with the trust's own and risk overwriting them.
     */
    private static void checkOutputFolder(PackRequest request) throws InvalidRequestException {
        Path trust = RealPath.of(request.trustFolder());
        Path out = RealPath.of(request.outputFolder());
        if (out.equals(trust) || trust.startsWith(out)) {
            throw new InvalidRequestException("the output folder " + request.outputFolder()
                    + " is the trust folder or holds it; choose a folder of its own, such as target/matreport");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidRequestException(
                    "the output folder " + request.outputFolder() + " is a file; choose a folder");
        }
    }
}

package org.matreport.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.matreport.findings.TextReport;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.LoadedTrust;
import org.matreport.load.TrustLoader;
import org.matreport.render.PackWriter;
import org.matreport.render.RenderException;
import org.matreport.rules.CheckResult;
import org.matreport.rules.CoherenceCheck;

/**
 * The one engine behind every front end: the command line and the Maven plugin both build a request and call this,
 * so a trust's pack is the same whichever way it was made.
 */
public final class Engine {

    private final Log log;
    private final TrustLoader loader = new TrustLoader();
    private final CoherenceCheck coherence = new CoherenceCheck();
    private final PackWriter packWriter = new PackWriter();

    public Engine(Log log) {
        this.log = log;
    }

    /** Reads and validates a trust folder; every problem in its files comes back at once. */
    public LoadedTrust load(Path trustFolder) throws InvalidTrustException {
        return loader.load(trustFolder);
    }

    /**
     * Reads the trust and runs every coherence rule. Acknowledgements expire against the board meeting date, or
     * {@code today} when the trust names no meeting.
     */
    public CheckResult check(Path trustFolder, LocalDate today) throws InvalidTrustException {
        return coherence.run(load(trustFolder), today);
    }

    /** Reads the trust and writes its pack in the requested formats; returns the files written. */
    public List<Path> generate(PackRequest request, LocalDate today)
            throws InvalidTrustException, InvalidRequestException, RenderException, IOException {
        return pack(request, today).files();
    }

    /** As {@link #generate}, also returning the findings the pack was written with. */
    public WrittenPack pack(PackRequest request, LocalDate today)
            throws InvalidTrustException, InvalidRequestException, RenderException, IOException {
        checkOutputFolder(request);
        LoadedTrust trust = load(request.trustFolder());
        CheckResult findings = coherence.run(trust, today);
        log.info("Findings: " + TextReport.countLine(findings));
        return new WrittenPack(findings, packWriter.write(trust, request, log));
    }

    /**
     * The pack goes into a folder of its own: writing into the trust folder, or into a folder that holds it, would
     * mix generated files with the trust's own and risk overwriting them.
     */
    private static void checkOutputFolder(PackRequest request) throws InvalidRequestException {
        Path trust = request.trustFolder().toAbsolutePath().normalize();
        Path out = request.outputFolder().toAbsolutePath().normalize();
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

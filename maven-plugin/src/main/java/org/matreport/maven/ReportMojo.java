package org.matreport.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.matreport.engine.Engine;
import org.matreport.support.Format;

// A report cannot share the other goals' base class (Maven's reporting contract has its own), so it shares their
// parts instead: the skips, the request and the failures. The Javadoc below is what `mvn matreport:help` prints.
/**
 * Puts the strategy pack into the project's site ({@code mvn site}): the HTML pack is the page's content, and the
 * PDF and Markdown are copied beside it and linked.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The site folder, beside the report's page, that receives the pack's files. */
    static final String PACK_FOLDER = "matreport";

    /** The trust folder: the folder holding trust.yaml and the other trust files. */
    @Parameter(property = "matreport.trustDirectory", defaultValue = "${project.basedir}", required = true)
    private File trustDirectory;

    /** Where the pack is rendered before it is copied into the site; shared with generate, so a rerun is free. */
    @Parameter(property = "matreport.outputDirectory", defaultValue = "${project.build.directory}/matreport")
    private File packDirectory;

    /** A folder of templates and CSS that replace the built-in ones by file name. */
    @Parameter(property = "matreport.templatesDirectory")
    private File templatesDirectory;

    /** Seconds since 1970 stamped into the PDF; defaults to the SOURCE_DATE_EPOCH environment variable. */
    @Parameter(property = "matreport.sourceDateEpoch")
    private Long sourceDateEpoch;

    /** Renders the pack even when nothing it is made from changed since the last run. */
    @Parameter(property = "matreport.force", defaultValue = "false")
    private boolean force;

    /** Skips every matreport goal. */
    @Parameter(property = "matreport.skip", defaultValue = "false")
    private boolean skip;

    /** Skips this goal only. */
    @Parameter(property = "matreport.report.skip", defaultValue = "false")
    private boolean skipReport;

    private Boolean skipped;

    @Override
    public String getOutputPath() {
        return "matreport";
    }

    /** Still abstract in the reporting API that maven-site-plugin 3.21.0 uses, though superseded there. */
    @Override
    @SuppressWarnings("deprecation")
    public String getOutputName() {
        return getOutputPath();
    }

    @Override
    public String getName(Locale locale) {
        return "Strategy pack";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The board's strategy pack, with its PDF and Markdown.";
    }

    @Override
    public boolean canGenerateReport() {
        // Maven may ask more than once; the skip is logged the first time only.
        if (skipped == null) {
            skipped = Skips.skipped(getLog(), "report", skip, skipReport);
        }
        return !skipped;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        List<Path> pack = render();
        Path siteFolder = getReportOutputDirectory().toPath().resolve(PACK_FOLDER);
        try {
            Files.createDirectories(siteFolder);
            for (Path file : pack) {
                Files.copy(file, siteFolder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            writePage(getSink(), pack);
        } catch (IOException e) {
            throw new MavenReportException("matreport could not copy the pack into the site: " + e.getMessage(), e);
        }
    }

    private List<Path> render() throws MavenReportException {
        PackParameters parameters = new PackParameters(
                trustDirectory,
                packDirectory,
                "md,html,pdf",
                templatesDirectory,
                sourceDateEpoch,
                "none",
                force,
                null,
                null);
        try {
            return new Engine(new MavenLog(getLog())).generate(parameters.toRequest(), LocalDate.now());
        } catch (Exception e) {
            throw new MavenReportException(
                    Failures.of(e, trustDirectory, getLog()).message(), e);
        }
    }

    private void writePage(Sink sink, List<Path> pack) throws IOException {
        sink.head();
        sink.title();
        sink.text(getName(Locale.UK));
        sink.title_();
        sink.head_();
        sink.body();
        sink.paragraph();
        sink.text("Download: ");
        link(sink, pack, Format.PDF, "PDF");
        sink.text(" · ");
        link(sink, pack, Format.MARKDOWN, "Markdown");
        sink.text(" · ");
        link(sink, pack, Format.HTML, "the pack as one page");
        sink.paragraph_();
        sink.rawText(PackPage.content(Files.readString(file(pack, Format.HTML), StandardCharsets.UTF_8)));
        sink.body_();
    }

    private static void link(Sink sink, List<Path> pack, Format format, String label) {
        sink.link(PACK_FOLDER + "/" + file(pack, format).getFileName());
        sink.text(label);
        sink.link_();
    }

    private static Path file(List<Path> pack, Format format) {
        return pack.stream()
                .filter(p -> p.getFileName().toString().endsWith("." + format.extension()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the pack lacks its " + format.extension() + " file"));
    }
}

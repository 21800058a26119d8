package org.matreport.maven;

import java.io.File;
import java.time.LocalDate;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.matreport.engine.Engine;

/**
 * Writes the trust's strategy pack (Markdown, HTML and PDF) into the output directory. The findings' counts are
 * logged; the build fails on them only when {@code failOn} is set for this goal. When nothing the pack is made from
 * has changed since the last run, nothing is rendered.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class GenerateMojo extends AbstractMatreportMojo {

    /** Where the pack is written. */
    @Parameter(property = "matreport.outputDirectory", defaultValue = "${project.build.directory}/matreport")
    private File outputDirectory;

    /** The formats to write, comma-separated: md, html, pdf. */
    @Parameter(property = "matreport.formats", defaultValue = "md,html,pdf")
    private String formats;

    /** A folder of templates and CSS that replace the built-in ones by file name. */
    @Parameter(property = "matreport.templatesDirectory")
    private File templatesDirectory;

    /** Seconds since 1970 stamped into the PDF; defaults to the SOURCE_DATE_EPOCH environment variable. */
    @Parameter(property = "matreport.sourceDateEpoch")
    private Long sourceDateEpoch;

    /**
     * The least severity of finding that fails the build before the pack is written: error, warning, info or none.
     * Its own property, so that {@code -Dmatreport.failOn} for the check goal does not stop the pack being made.
     */
    @Parameter(property = "matreport.generate.failOn", defaultValue = "none")
    private String failOn;

    /** Renders the pack even when nothing it is made from changed since the last run. */
    @Parameter(property = "matreport.force", defaultValue = "false")
    private boolean force;

    /**
     * A git revision (commit, tag or branch) of the repository holding the trust folder, such as the tag of the last
     * board pack: adds a "Changes since the last pack" section comparing the trust with its files at that revision.
     */
    @Parameter(property = "matreport.since")
    private String since;

    /**
     * How much of the strategy team's appendix the pack carries: {@code full}, {@code short} or {@code none}. Unset,
     * the PDF carries a short one and HTML and Markdown the full one.
     */
    @Parameter(property = "matreport.appendix")
    private String appendix;

    /** Skips this goal only. */
    @Parameter(property = "matreport.generate.skip", defaultValue = "false")
    private boolean skipGenerate;

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    protected boolean skipGoal() {
        return skipGenerate;
    }

    @Override
    protected void run(Engine engine) throws Exception {
        PackParameters pack = new PackParameters(
                trustDirectory,
                outputDirectory,
                formats,
                templatesDirectory,
                sourceDateEpoch,
                failOn,
                force,
                since,
                appendix);
        engine.generate(pack.toRequest(), LocalDate.now());
    }
}

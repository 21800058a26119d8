package org.matreport.maven;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.matreport.engine.Engine;
import org.matreport.engine.Format;
import org.matreport.engine.InvalidRequestException;
import org.matreport.engine.PackRequest;
import org.matreport.engine.SourceDate;
import org.matreport.load.InvalidTrustException;
import org.matreport.render.RenderException;

/** Writes the trust's strategy pack (Markdown, HTML and PDF) into the output directory. */
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
    protected void run(Engine engine)
            throws InvalidTrustException, InvalidRequestException, RenderException, IOException {
        PackRequest request;
        try {
            request = new PackRequest(
                    trustDirectory.toPath(),
                    outputDirectory.toPath(),
                    Format.parseList(formats),
                    templatesDirectory == null ? null : templatesDirectory.toPath(),
                    sourceDateEpoch != null ? sourceDateEpoch : SourceDate.fromEnvironment());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        engine.generate(request, LocalDate.now());
    }
}

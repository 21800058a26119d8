package org.matreport.maven;

import java.io.File;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.matreport.engine.Engine;
import org.matreport.preview.BrowserOpener;
import org.matreport.preview.Preview;

/**
 * A live preview of the trust's pack while its files are edited: served on 127.0.0.1, re-rendered and reloaded in the
 * browser each time a trust file or template is saved, until the build is stopped (Ctrl+C). Bound to no phase: it is
 * run by hand, {@code mvn matreport:serve}.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractMatreportMojo {

    /** The port on 127.0.0.1; 0 takes any free port. */
    @Parameter(property = "matreport.port", defaultValue = "" + Preview.DEFAULT_PORT)
    private int port;

    /** Opens the preview in the system's browser. */
    @Parameter(property = "matreport.open", defaultValue = "false")
    private boolean open;

    /** A folder of templates and CSS that replace the built-in ones by file name; watched too. */
    @Parameter(property = "matreport.templatesDirectory")
    private File templatesDirectory;

    /** Skips this goal only. */
    @Parameter(property = "matreport.serve.skip", defaultValue = "false")
    private boolean skipServe;

    @Override
    protected String goal() {
        return "serve";
    }

    @Override
    protected boolean skipGoal() {
        return skipServe;
    }

    @Override
    protected void run(Engine engine) throws Exception {
        try (Preview preview = Preview.start(
                trustDirectory.toPath(),
                templatesDirectory == null ? null : templatesDirectory.toPath(),
                port,
                new MavenLog(getLog()))) {
            getLog().info("Previewing the pack at " + preview.uri() + " (Ctrl+C to stop).");
            if (open && !BrowserOpener.open(preview.uri())) {
                getLog().warn("No browser opener found; open " + preview.uri());
            }
            // Maven stops the whole JVM on Ctrl+C; an interrupt (an embedding tool stopping the goal) ends it cleanly.
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            getLog().info("The preview has stopped.");
        }
    }
}

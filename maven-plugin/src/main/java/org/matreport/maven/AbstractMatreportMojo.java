package org.matreport.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.matreport.engine.Engine;
import org.matreport.engine.InvalidRequestException;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.Problem;
import org.matreport.render.RenderException;

/**
 * The lifecycle every goal shares: honour the skip flags, hand the engine a Maven-backed log, and translate what
 * went wrong in one place. Invalid trust data fails the build ({@link MojoFailureException}); configuration, template
 * and file-system faults are execution errors that keep their cause.
 */
public abstract class AbstractMatreportMojo extends AbstractMojo {

    /** The trust folder: the folder holding trust.yaml and the other trust files. */
    @Parameter(property = "matreport.trustDirectory", defaultValue = "${project.basedir}", required = true)
    protected File trustDirectory;

    /** Skips every matreport goal. */
    @Parameter(property = "matreport.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("matreport: skipped (matreport.skip=true)");
            return;
        }
        if (skipGoal()) {
            getLog().info("matreport: " + goal() + " skipped (matreport." + goal() + ".skip=true)");
            return;
        }
        try {
            run(new Engine(new MavenLog(getLog())));
        } catch (InvalidTrustException e) {
            for (Problem problem : e.problems()) {
                getLog().error(problem.toString());
            }
            throw new MojoFailureException("The trust files in " + trustDirectory + " are invalid: " + e.getMessage()
                    + ". Fix the lines above; nothing was written.");
        } catch (InvalidRequestException e) {
            throw new MojoExecutionException("matreport: " + e.getMessage(), e);
        } catch (RenderException e) {
            throw new MojoExecutionException("matreport could not render the pack: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("matreport could not write the pack: " + e.getMessage(), e);
        }
    }

    /** The goal's name, as in matreport.GOAL.skip. */
    protected abstract String goal();

    /** Whether this goal's own skip flag is set. */
    protected abstract boolean skipGoal();

    /** The goal's one step. */
    protected abstract void run(Engine engine)
            throws InvalidTrustException, InvalidRequestException, RenderException, IOException, MojoFailureException;
}

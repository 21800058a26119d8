package org.matreport.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.matreport.engine.Engine;

/**
 * The lifecycle every goal shares: honour the skip flags, hand the engine a Maven-backed log, and translate what
 * went wrong in one place ({@link Failures}). Each goal fills in only its one step. The goals render on Maven's
 * thread: printing the PDF on a second one measured no faster inside Maven.
 */
public abstract class AbstractMatreportMojo extends AbstractMojo {

    /** The trust folder: the folder holding trust.yaml and the other trust files. */
    @Parameter(property = "matreport.trustDirectory", defaultValue = "${project.basedir}", required = true)
    protected File trustDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** Skips every matreport goal. */
    @Parameter(property = "matreport.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (Skips.skipped(getLog(), goal(), skip, skipGoal())) {
            return;
        }
        String inherited = InheritedModule.skipReason(project, trustDirectory);
        if (inherited != null) {
            getLog().info("matreport: " + goal() + " skipped: " + inherited);
            return;
        }
        try {
            run(new Engine(new MavenLog(getLog())));
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new MojoExecutionException(Failures.outOfMemory().message(), e);
        } catch (Exception e) {
            Failures.Failure failure = Failures.of(e, trustDirectory, getLog());
            if (failure.buildFailed()) {
                throw new MojoFailureException(failure.message(), e);
            }
            throw new MojoExecutionException(failure.message(), e);
        }
    }

    /** The goal's name, as in matreport.GOAL.skip. */
    protected abstract String goal();

    /** Whether this goal's own skip flag is set. */
    protected abstract boolean skipGoal();

    /** The goal's one step; engine exceptions are left to {@link Failures}. */
    protected abstract void run(Engine engine) throws Exception;
}

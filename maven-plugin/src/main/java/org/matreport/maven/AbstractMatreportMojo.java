package org.matreport.maven;

import java.io.File;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.matreport.engine.Engine;

/**
 * The lifecycle every goal shares: honour the skip flags, hand the engine a Maven-backed log and a thread of the
 * goal's own to print a PDF on (the pack's other formats are made meanwhile on Maven's), and translate what went
 * wrong in one place ({@link Failures}). Each goal fills in only its one step.
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
        ExecutorService printer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "matreport-printer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            run(new Engine(new MavenLog(getLog()), printer));
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
        } finally {
            finish(printer);
        }
    }

    /**
     * Lets a PDF still printing after a failure finish before the goal returns: Maven closes the plugin's class loader
     * after the goal, and a thread still using it would fail on its way out. A goal that prints nothing never started
     * the thread.
     */
    private void finish(ExecutorService printer) {
        printer.shutdown();
        try {
            if (!printer.awaitTermination(5, TimeUnit.MINUTES)) {
                getLog().warn("matreport: the PDF printer did not stop within 5 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The goal's name, as in matreport.GOAL.skip. */
    protected abstract String goal();

    /** Whether this goal's own skip flag is set. */
    protected abstract boolean skipGoal();

    /** The goal's one step; engine exceptions are left to {@link Failures}. */
    protected abstract void run(Engine engine) throws Exception;
}

package org.matreport.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.matreport.engine.Engine;
import org.matreport.load.InvalidTrustException;
import org.matreport.load.LoadedTrust;

/** Checks the trust's files and fails the build when they are invalid. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMatreportMojo {

    /** Skips this goal only. */
    @Parameter(property = "matreport.check.skip", defaultValue = "false")
    private boolean skipCheck;

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected boolean skipGoal() {
        return skipCheck;
    }

    @Override
    protected void run(Engine engine) throws InvalidTrustException {
        LoadedTrust loaded = engine.load(trustDirectory.toPath());
        getLog().info(loaded.trust().profile().name() + ": the trust files are valid ("
                + loaded.trust().schools().size() + " schools).");
    }
}

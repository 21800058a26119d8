package org.matreport.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * A module that meets the plugin only because a parent pom declares it, and that holds no trust files: a parent with
 * modules, or a module of it that has nothing to do with the strategy. Such a module is skipped with one line rather
 * than failed. A project that declares the plugin itself and has no trust.yaml still fails: that is the wrong folder.
 */
final class InheritedModule {

    static final String GROUP_ID = "org.matreport";
    static final String ARTIFACT_ID = "matreport-maven-plugin";

    private InheritedModule() {}

    /** Why the goal skips this module, or null when it runs. */
    static String skipReason(MavenProject project, File trustDirectory) {
        if (project == null || new File(trustDirectory, "trust.yaml").isFile()) {
            return null;
        }
        boolean aggregator = !project.getModules().isEmpty();
        if (!aggregator && declaresPlugin(project.getOriginalModel())) {
            return null;
        }
        return "no trust.yaml in " + trustDirectory + ", and the plugin comes from "
                + (aggregator ? "this parent of modules" : "a parent pom")
                + "; set matreport.trustDirectory if the trust files are elsewhere";
    }

    private static boolean declaresPlugin(Model model) {
        Build build = model == null ? null : model.getBuild();
        if (build == null) {
            return false;
        }
        return names(build.getPlugins())
                || (build.getPluginManagement() != null
                        && names(build.getPluginManagement().getPlugins()));
    }

    private static boolean names(List<Plugin> plugins) {
        return plugins.stream()
                .anyMatch(p -> ARTIFACT_ID.equals(p.getArtifactId())
                        && (p.getGroupId() == null || GROUP_ID.equals(p.getGroupId())));
    }
}

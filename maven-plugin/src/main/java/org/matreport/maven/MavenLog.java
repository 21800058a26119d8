package org.matreport.maven;

import org.matreport.support.Log;

/** The engine's log written to Maven's build log. */
final class MavenLog implements Log {

    private final org.apache.maven.plugin.logging.Log maven;

    MavenLog(org.apache.maven.plugin.logging.Log maven) {
        this.maven = maven;
    }

    @Override
    public void info(String message) {
        maven.info(message);
    }

    @Override
    public void warn(String message) {
        maven.warn(message);
    }
}

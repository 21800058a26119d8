package org.matreport.maven;

import org.matreport.support.Log;
import org.matreport.text.OneLine;

/** The engine's log written to Maven's build log, each message on one line whatever the trust's text holds. */
final class MavenLog implements Log {

    private final org.apache.maven.plugin.logging.Log maven;

    MavenLog(org.apache.maven.plugin.logging.Log maven) {
        this.maven = maven;
    }

    @Override
    public void info(String message) {
        maven.info(OneLine.of(message));
    }

    @Override
    public void warn(String message) {
        maven.warn(OneLine.of(message));
    }
}

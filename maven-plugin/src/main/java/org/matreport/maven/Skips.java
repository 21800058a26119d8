package org.matreport.maven;

import org.apache.maven.plugin.logging.Log;

/** The skip flags every goal honours: {@code matreport.skip} for all of them, and one of each goal's own. */
final class Skips {

    private Skips() {}

    /** Whether the goal is skipped; says so in one line when it is. */
    static boolean skipped(Log log, String goal, boolean skipAll, boolean skipGoal) {
        if (skipAll) {
            log.info("matreport: " + goal + " skipped (matreport.skip=true)");
            return true;
        }
        if (skipGoal) {
            log.info("matreport: " + goal + " skipped (matreport." + goal + ".skip=true)");
            return true;
        }
        return false;
    }
}

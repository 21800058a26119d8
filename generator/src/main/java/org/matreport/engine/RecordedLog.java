package org.matreport.engine;

import java.util.ArrayList;
import java.util.List;
import org.matreport.support.Log;

/**
 * A log that keeps its warnings for later. Trusts rendered side by side would interleave their lines on a terminal;
 * each trust's warnings are kept and printed together under its name instead.
 */
final class RecordedLog implements Log {

    private final List<String> warnings = new ArrayList<>();

    @Override
    public void info(String message) {
        // Progress lines ("Wrote ...") are summed up by the batch's own table.
    }

    @Override
    public synchronized void warn(String message) {
        warnings.add(message);
    }

    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }
}

package org.matreport.load;

import java.util.List;

/**
 * What could be read of a trust folder, and every problem found. {@code loaded} is {@code null} when nothing could be
 * read; when there are problems its trust (which may itself be {@code null}) can have sections left empty.
 */
public record LoadAttempt(LoadedTrust loaded, List<Problem> problems) {

    public LoadAttempt {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return loaded != null && loaded.trust() != null && problems.isEmpty();
    }
}

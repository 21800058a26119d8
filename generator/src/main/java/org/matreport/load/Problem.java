package org.matreport.load;

import org.matreport.text.OneLine;

/**
 * Something wrong in a trust's files: where, at which YAML path ({@code schools[2].phase}, empty for a whole file),
 * and what to do about it.
 */
public record Problem(Location location, String path, String message) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        int byPlace = location.compareTo(other.location);
        return byPlace != 0 ? byPlace : (path + message).compareTo(other.path + other.message);
    }

    /** {@code schools.yaml:12:5: schools[2].phse: unknown key; did you mean 'phase'?}, always one line. */
    @Override
    public String toString() {
        return OneLine.of(location + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }
}

package org.matreport.load;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while loading, so that trust staff can fix them all in one pass. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(Location location, String path, String message) {
        found.add(new Problem(location, path, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    /**
     * The problems in order of place, at most {@code limit}; past it, the last one says how many more there are, so
     * that a thoroughly broken file still gives a readable answer.
     */
    List<Problem> sorted(int limit) {
        List<Problem> all = found.stream().sorted().toList();
        if (all.size() <= limit) {
            return all;
        }
        List<Problem> shown = new ArrayList<>(all.subList(0, limit - 1));
        Problem next = all.get(limit - 1);
        int rest = all.size() - shown.size();
        shown.add(new Problem(
                next.location(), "", "and " + rest + " more problems from here on; fix those above and load again"));
        return shown;
    }
}

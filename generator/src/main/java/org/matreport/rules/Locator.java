package org.matreport.rules;

import java.util.List;
import org.matreport.load.Location;
import org.matreport.load.ModelShapes;
import org.matreport.load.SourceMap;

/**
 * Turns the YAML paths a finding rests on into places in the files, falling back to the nearest written ancestor: a
 * finding about a field the trust left out points at the section it belongs in. A path the model itself lacks is a
 * mistake in a rule, not in the trust; with assertions on (as in every test run) it stops the run.
 */
final class Locator {

    /** Where a path with no written ancestor points: every trust folder has this file. */
    static final String MAIN_FILE = "trust.yaml";

    private final SourceMap sources;

    Locator(SourceMap sources) {
        this.sources = sources;
    }

    List<Place> places(List<String> paths) {
        return paths.stream().map(this::place).toList();
    }

    Place place(String path) {
        assert ModelShapes.resolves(path) : "a rule reports a path the model lacks: " + path;
        return new Place(path, sources.nearest(path).orElse(Location.ofFile(MAIN_FILE)));
    }
}

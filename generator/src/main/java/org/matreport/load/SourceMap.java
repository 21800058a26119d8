package org.matreport.load;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each YAML node of a trust was written, by its path ({@code schools[3].performance}). Findings cite these
 * locations so that a reader can go straight to the line.
 */
public final class SourceMap {

    private final Map<String, Location> byPath;

    public SourceMap(Map<String, Location> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    public static SourceMap empty() {
        return new SourceMap(Map.of());
    }

    /** The location of exactly this path, if the trust wrote it. */
    public Optional<Location> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * The location of this path or, when it was not written (a missing field), of its nearest written ancestor:
     * {@code operatingModel.governance.skills} falls back to {@code operatingModel.governance}.
     */
    public Optional<Location> nearest(String path) {
        String p = path;
        while (true) {
            Location at = byPath.get(p);
            if (at != null) {
                return Optional.of(at);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return Optional.empty();
            }
            p = p.substring(0, cut);
        }
    }

    /** Every path, in order, for tests and tools. */
    public Map<String, Location> asMap() {
        return new TreeMap<>(byPath);
    }
}

package org.matreport.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the top-level sections of every file in a trust folder into one mapping, as if the trust had written a
 * single file. A section may live in any one file; written in two, it is reported with both places.
 */
final class TrustSections {

    private final RecordShape trust = ModelShapes.trust();
    private final Problems problems;
    private final Map<String, YamlNode.Entry> sections = new LinkedHashMap<>();

    TrustSections(Problems problems) {
        this.problems = problems;
    }

    void add(String file, YamlNode root) {
        if (!(root instanceof YamlNode.Mapping mapping)) {
            problems.add(
                    root.location(),
                    "",
                    "the top of a trust file must be sections such as 'schools:', found " + root.describe());
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (trust.field(entry.key()).isEmpty()) {
                problems.add(
                        entry.keyLocation(),
                        entry.key(),
                        "unknown key '" + entry.key() + "'" + suggestion(entry.key()));
                continue;
            }
            YamlNode.Entry earlier = sections.putIfAbsent(entry.key(), entry);
            if (earlier != null) {
                problems.add(
                        entry.keyLocation(),
                        entry.key(),
                        "section '" + entry.key() + "' is also written in " + earlier.keyLocation()
                                + "; keep each section in one file");
            }
        }
    }

    private String suggestion(String key) {
        String near = Suggestions.didYouMean(key, trust.keys());
        return near.isEmpty() ? "; the sections are: " + String.join(", ", trust.keys()) : near;
    }

    /** All sections as one mapping, located at the start of trust.yaml. */
    YamlNode.Mapping merged() {
        return new YamlNode.Mapping(Location.ofFile(TrustLoader.MAIN_FILE), List.copyOf(sections.values()));
    }

    /** Where every node was written, by YAML path; a mapping entry is placed at its value. */
    static SourceMap sourceMap(YamlNode.Mapping root) {
        Map<String, Location> byPath = new LinkedHashMap<>();
        List<Object[]> pending = new ArrayList<>();
        pending.add(new Object[] {"", root});
        while (!pending.isEmpty()) {
            Object[] next = pending.remove(pending.size() - 1);
            String path = (String) next[0];
            YamlNode node = (YamlNode) next[1];
            if (!path.isEmpty()) {
                byPath.put(path, node.location());
            }
            if (node instanceof YamlNode.Mapping m) {
                for (YamlNode.Entry e : m.entries()) {
                    pending.add(new Object[] {path.isEmpty() ? e.key() : path + "." + e.key(), e.value()});
                }
            } else if (node instanceof YamlNode.Sequence s) {
                for (int i = 0; i < s.items().size(); i++) {
                    pending.add(new Object[] {path + "[" + i + "]", s.items().get(i)});
                }
            }
        }
        return new SourceMap(byPath);
    }
}

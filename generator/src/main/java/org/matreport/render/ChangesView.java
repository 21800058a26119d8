package org.matreport.render;

import java.util.ArrayList;
import java.util.List;
import org.matreport.diff.Changes;
import org.matreport.diff.DataChange;
import org.matreport.diff.FindingChange;
import org.matreport.text.Words;

/** What changed since the last pack, in sentences and table rows: the findings by kind of change, then the data. */
public record ChangesView(
        String summary,
        List<String> notes,
        String findingsSummary,
        List<FindingGroup> findingGroups,
        String dataSummary,
        List<DataChange> data) {

    /** The findings that changed in one way, such as "Findings resolved". */
    public record FindingGroup(String heading, List<FindingChange> rows) {}

    public static ChangesView of(Changes changes) {
        List<FindingGroup> groups = new ArrayList<>();
        for (FindingChange.Kind kind : FindingChange.Kind.values()) {
            List<FindingChange> rows = changes.findings(kind);
            if (!rows.isEmpty()) {
                groups.add(new FindingGroup(kind.heading() + " (" + rows.size() + ")", rows));
            }
        }
        return new ChangesView(
                summary(changes),
                changes.notes().stream().map(Words::capitalised).toList(),
                !changes.findingsCompared()
                        ? "Findings were not compared."
                        : changes.findings().isEmpty() ? "No finding changed." : "",
                List.copyOf(groups),
                !changes.dataCompared()
                        ? "The data were not compared."
                        : changes.data().isEmpty() ? "Nothing a board tracks changed in the data." : "",
                changes.data());
    }

    /** Counts only what was compared, so that a comparison left out never reads as "no changes". */
    private static String summary(Changes changes) {
        List<String> counts = new ArrayList<>();
        if (changes.findingsCompared()) {
            counts.add(Words.plural(changes.findings().size(), "change", "changes") + " in the findings");
        }
        if (changes.dataCompared()) {
            counts.add(Words.plural(changes.data().size(), "change", "changes") + " in the data");
        }
        return "Compared with " + changes.since() + ": "
                + (counts.isEmpty() ? "nothing could be compared" : String.join(" and ", counts)) + ".";
    }
}

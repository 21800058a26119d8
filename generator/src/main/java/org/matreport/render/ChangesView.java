package org.matreport.render;

import java.util.ArrayList;
import java.util.List;
import org.matreport.diff.Changes;
import org.matreport.diff.DataChange;
import org.matreport.diff.FindingChange;

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
                "Compared with " + changes.since() + ": "
                        + Words.plural(changes.findings().size(), "change", "changes") + " in the findings and "
                        + Words.plural(changes.data().size(), "change", "changes") + " in the data.",
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
}

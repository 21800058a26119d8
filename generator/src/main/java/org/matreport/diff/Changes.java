package org.matreport.diff;

import java.util.List;

/**
 * What changed since an earlier pack: against what it was compared, notes on what could not be compared (an old
 * revision whose files no longer load, say), the findings that changed and the data that changed. A comparison that
 * could not be made is marked as such, so that "no changes" is never claimed for it.
 */
public record Changes(
        String since,
        List<String> notes,
        boolean findingsCompared,
        List<FindingChange> findings,
        boolean dataCompared,
        List<DataChange> data) {

    public Changes {
        notes = List.copyOf(notes);
        findings = List.copyOf(findings);
        data = List.copyOf(data);
    }

    public List<FindingChange> findings(FindingChange.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}

package org.matreport.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the findings of two packs by identity (rule, subject, now or ahead) and says which were resolved, which are
 * new, and which changed severity or acknowledgement. A rule that fires several times on the same subject is paired
 * in message order.
 */
final class FindingComparison {

    List<FindingChange> compare(List<FindingState> before, List<FindingState> after) {
        Map<String, FindingState> old = keyed(before);
        Map<String, FindingState> now = keyed(after);
        List<FindingChange> changes = new ArrayList<>();
        for (Map.Entry<String, FindingState> entry : now.entrySet()) {
            FindingState current = entry.getValue();
            FindingState earlier = old.get(entry.getKey());
            if (earlier == null) {
                changes.add(change(FindingChange.Kind.NEW, current, "none", current.severity()));
                continue;
            }
            if (!earlier.severity().equals(current.severity())) {
                changes.add(change(FindingChange.Kind.SEVERITY, current, earlier.severity(), current.severity()));
            }
            if (current.acknowledged() && !earlier.acknowledged()) {
                changes.add(change(FindingChange.Kind.ACKNOWLEDGED, current, earlier.status(), current.status()));
            }
            if (current.expired() && !earlier.expired()) {
                changes.add(change(FindingChange.Kind.EXPIRED, current, earlier.status(), current.status()));
            }
        }
        for (Map.Entry<String, FindingState> entry : old.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                changes.add(change(
                        FindingChange.Kind.RESOLVED,
                        entry.getValue(),
                        entry.getValue().severity(),
                        "none"));
            }
        }
        changes.sort(Comparator.comparing(FindingChange::kind)
                .thenComparing(FindingChange::rule)
                .thenComparing(FindingChange::finding));
        return changes;
    }

    private static FindingChange change(FindingChange.Kind kind, FindingState finding, String before, String after) {
        return new FindingChange(kind, finding.rule(), finding.describe(), before, after);
    }

    /** Each finding under its identity, numbered when one identity holds several. */
    private static Map<String, FindingState> keyed(List<FindingState> findings) {
        Map<String, List<FindingState>> byIdentity = new LinkedHashMap<>();
        findings.stream().sorted(Comparator.comparing(FindingState::message)).forEach(f -> byIdentity
                .computeIfAbsent(f.identity(), k -> new ArrayList<>())
                .add(f));
        Map<String, FindingState> keyed = new LinkedHashMap<>();
        byIdentity.forEach((identity, same) -> {
            for (int i = 0; i < same.size(); i++) {
                keyed.put(identity + "#" + i, same.get(i));
            }
        });
        return keyed;
    }
}

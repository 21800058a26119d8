package org.matreport.diff;

import java.util.List;

/** Changes as plain lines for a terminal: each change as {@code old → new}. */
public final class ChangesText {

    public String write(Changes changes) {
        StringBuilder text =
                new StringBuilder("Changes since ").append(changes.since()).append('\n');
        for (String note : changes.notes()) {
            text.append("note: ").append(note).append('\n');
        }
        text.append("\nFindings:");
        if (!changes.findingsCompared()) {
            text.append(" not compared\n");
        } else if (changes.findings().isEmpty()) {
            text.append(" no changes\n");
        } else {
            text.append('\n');
            for (FindingChange.Kind kind : FindingChange.Kind.values()) {
                List<FindingChange> some = changes.findings(kind);
                if (some.isEmpty()) {
                    continue;
                }
                text.append("  ")
                        .append(kind.heading())
                        .append(" (")
                        .append(some.size())
                        .append(")\n");
                for (FindingChange change : some) {
                    text.append("    ")
                            .append(change.finding())
                            .append(" (")
                            .append(change.before())
                            .append(" → ")
                            .append(change.after())
                            .append(")\n");
                }
            }
        }
        text.append("\nData:");
        if (!changes.dataCompared()) {
            text.append(" not compared\n");
        } else if (changes.data().isEmpty()) {
            text.append(" no changes\n");
        } else {
            text.append('\n');
            for (DataChange change : changes.data()) {
                text.append("  ")
                        .append(change.topic())
                        .append(": ")
                        .append(change.subject())
                        .append(": ")
                        .append(change.before())
                        .append(" → ")
                        .append(change.after())
                        .append('\n');
            }
        }
        return text.toString();
    }
}

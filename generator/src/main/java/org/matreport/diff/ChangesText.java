package org.matreport.diff;

import java.util.List;
import org.matreport.text.OneLine;

/** Changes as plain lines for a terminal: each change as {@code old → new}, on one line whatever the names hold. */
public final class ChangesText {

    public String write(Changes changes) {
        StringBuilder text = new StringBuilder("Changes since ")
                .append(OneLine.of(changes.since()))
                .append('\n');
        for (String note : changes.notes()) {
            text.append("note: ").append(OneLine.of(note)).append('\n');
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
                            .append(OneLine.of(change.finding()))
                            .append(" (")
                            .append(OneLine.of(change.before()))
                            .append(" → ")
                            .append(OneLine.of(change.after()))
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
                        .append(OneLine.of(change.subject()))
                        .append(": ")
                        .append(OneLine.of(change.before()))
                        .append(" → ")
                        .append(OneLine.of(change.after()))
                        .append('\n');
            }
        }
        return text.toString();
    }
}

package org.matreport.gias;

import java.nio.file.Path;
import java.util.List;
import org.matreport.text.OneLine;

/**
 * What an import did: the file written, the trust as the register names it, how many schools it now lists, the
 * schools that joined and left since the file was last written, and the rows or fields that could not be mapped.
 */
public record ImportReport(
        Path file,
        String trustName,
        String groupUid,
        int schools,
        List<String> joined,
        List<String> left,
        List<String> unmapped) {

    public ImportReport {
        joined = List.copyOf(joined);
        left = List.copyOf(left);
        unmapped = List.copyOf(unmapped);
    }

    /** Lines for a terminal. */
    public String text() {
        StringBuilder text = new StringBuilder("Wrote ")
                .append(OneLine.of(file.toString()))
                .append(": ")
                .append(schools)
                .append(schools == 1 ? " school of " : " schools of ")
                .append(OneLine.of(trustName))
                .append(groupUid.isEmpty() ? "" : " (Group UID " + groupUid + ")")
                .append('\n');
        list(text, "Joined", joined);
        list(text, "Left", left);
        list(text, "Not mapped", unmapped);
        return text.toString();
    }

    private static void list(StringBuilder text, String heading, List<String> lines) {
        text.append(heading).append(" (").append(lines.size()).append(")").append(lines.isEmpty() ? "\n" : ":\n");
        lines.forEach(line -> text.append("  ").append(OneLine.of(line)).append('\n'));
    }
}

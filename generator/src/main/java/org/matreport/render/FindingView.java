package org.matreport.render;

import java.util.List;
import org.matreport.rules.AcknowledgementStatus;
import org.matreport.rules.Finding;
import org.matreport.rules.When;
import org.matreport.text.Words;

/** One finding in words: what was found, where, when, why it matters, what to do, on what authority, and its mark. */
public record FindingView(
        String rule,
        String name,
        String severity,
        String message,
        List<String> locations,
        String when,
        String rationale,
        String action,
        String source,
        String mark) {

    static FindingView of(Finding f) {
        List<String> locations = f.places().stream()
                .map(p -> p.location() + (p.path().isEmpty() ? "" : " (" + p.path() + ")"))
                .toList();
        return new FindingView(
                f.ruleId(),
                Words.ruleName(f.ruleName()),
                f.severity().label(),
                sentence(f.message()),
                locations,
                when(f.when()),
                f.rule().rationale(),
                f.rule().action(),
                f.rule().source(),
                mark(f));
    }

    /** {@code now}, or {@code ahead, from 1 September 2028, when Shibden Heights High School joins}. */
    static String when(When when) {
        if (when.isNow()) {
            return "now";
        }
        String joining = when.joining().isEmpty()
                ? ""
                : ", when " + String.join(" and ", when.joining())
                        + (when.joining().size() == 1 ? " joins" : " join");
        return "ahead, from " + Words.date(when.date()) + joining;
    }

    /** Whether the board has accepted the finding, who did, until when, and whether that has lapsed. */
    static String mark(Finding f) {
        if (f.status() == AcknowledgementStatus.NONE) {
            return "open: not acknowledged.";
        }
        String by = f.acknowledgement().owner();
        String until = Words.date(f.acknowledgement().until());
        return f.status() == AcknowledgementStatus.EXPIRED
                ? "acknowledgement expired: accepted by " + by + " until " + until + "; it counts again."
                : "acknowledged by " + by + " until " + until + "; it does not count.";
    }

    /** Messages are written without a full stop so that tools can append to them; the pack prints sentences. */
    private static String sentence(String message) {
        String m = message.strip();
        return m.endsWith(".") ? m : m + ".";
    }
}

package org.matreport.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.matreport.catalogue.Link;
import org.matreport.catalogue.RuleInfo;
import org.matreport.load.Location;
import org.matreport.model.Acknowledgement;
import org.matreport.model.Severity;
import org.matreport.text.OneLine;

/**
 * One thing the coherence check found in this trust: which rule, how much it matters after the trust's own settings,
 * a message about this trust's data, the subject it concerns (used to match acknowledgements), where in the files it
 * rests, when it applies, and whether the board has acknowledged it. Immutable; its text form is stable.
 */
public record Finding(
        RuleInfo rule,
        Severity severity,
        String message,
        String subject,
        List<Place> places,
        When when,
        AcknowledgementStatus status,
        Acknowledgement acknowledgement)
        implements Comparable<Finding> {

    /** Severity, then chain link, then rule id, then location; the rest only breaks ties so the order is total. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.rule().link())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::location)
            .thenComparing(f -> f.when().isNow() ? "" : f.when().date().toString())
            .thenComparing(f -> f.subject() == null ? "" : f.subject())
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(status, "status");
        if (places.isEmpty()) {
            throw new IllegalArgumentException("a finding rests on at least one place");
        }
        places = List.copyOf(places);
        if ((status == AcknowledgementStatus.NONE) != (acknowledgement == null)) {
            throw new IllegalArgumentException("an acknowledgement goes with an acknowledged or expired status");
        }
    }

    public String ruleId() {
        return rule.id();
    }

    public String ruleName() {
        return rule.name();
    }

    public Link link() {
        return rule.link();
    }

    /** The first place the finding rests on: where a reader should look first. */
    public Location location() {
        return places.get(0).location();
    }

    public String path() {
        return places.get(0).path();
    }

    /** Whether the finding counts towards failing the check: everything but a finding acknowledged and in date. */
    public boolean counts() {
        return status != AcknowledgementStatus.ACKNOWLEDGED;
    }

    /** The same finding as acknowledged (or expired) under the board's acknowledgement. */
    public Finding acknowledged(AcknowledgementStatus newStatus, Acknowledgement by) {
        return new Finding(rule, severity, message, subject, places, when, newStatus, by);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /**
     * {@code trust.yaml:12:5: warning BRK-501 oversight-at-scale: message}, then {@code [ahead ...]} for a forecast
     * and {@code [acknowledged ...]} or {@code [acknowledgement expired ...]} when the board has accepted it; always
     * one line, whatever the trust's text holds.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder()
                .append(location())
                .append(": ")
                .append(severity.label())
                .append(' ')
                .append(rule.id())
                .append(' ')
                .append(rule.name())
                .append(": ")
                .append(message);
        if (!when.isNow()) {
            text.append(" [").append(when).append(']');
        }
        if (status == AcknowledgementStatus.ACKNOWLEDGED) {
            text.append(" [acknowledged by ")
                    .append(acknowledgement.owner())
                    .append(" until ")
                    .append(acknowledgement.until())
                    .append(']');
        } else if (status == AcknowledgementStatus.EXPIRED) {
            text.append(" [acknowledgement by ")
                    .append(acknowledgement.owner())
                    .append(" expired ")
                    .append(acknowledgement.until())
                    .append(']');
        }
        return OneLine.of(text.toString());
    }
}

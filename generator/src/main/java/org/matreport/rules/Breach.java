package org.matreport.rules;

import java.time.LocalDate;
import java.util.List;
import org.matreport.model.Severity;

/**
 * What a rule's check found, before the engine knows where it is written or when it applies: the subject it concerns
 * (a URN, area or item; {@code null} for the trust as a whole), a message about this trust, the YAML paths it rests
 * on, a severity only when the rule itself escalates ({@code null} keeps the catalogue's default), and a date only
 * when the finding arrives on a date of its own rather than now or with a growth school ({@code null} otherwise).
 */
public record Breach(String subject, String message, List<String> paths, Severity escalated, LocalDate arrives) {

    public Breach {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a breach needs a message");
        }
        paths = List.copyOf(paths);
    }

    public static Breach of(String subject, String message, String... paths) {
        return new Breach(subject, message, List.of(paths), null, null);
    }

    public Breach escalatedTo(Severity severity) {
        return new Breach(subject, message, paths, severity, arrives);
    }

    /** The same breach, arriving on a date of its own, such as the day a policy change takes effect. */
    public Breach arrivingOn(LocalDate date) {
        return new Breach(subject, message, paths, escalated, date);
    }
}

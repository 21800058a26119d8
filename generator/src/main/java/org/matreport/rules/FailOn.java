package org.matreport.rules;

import java.util.Locale;
import org.matreport.model.Severity;

/** The least severity that fails the check, or {@code NONE} to report without failing. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NONE(null);

    private final Severity least;

    FailOn(Severity least) {
        this.least = least;
    }

    /** Whether a finding of this severity is at or above the level. */
    public boolean reachedBy(Severity severity) {
        // Severity is declared from most to least severe, so "at or above" is "not after" in declaration order.
        return least != null && severity.compareTo(least) <= 0;
    }

    /** Reads {@code error|warning|info|none}, in any case. */
    public static FailOn parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + text + "'; use error, warning, info or none", e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

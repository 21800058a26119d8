package org.matreport.rules;

/** Whether the board has accepted a finding: not at all, until a date still to come, or until a date now past. */
public enum AcknowledgementStatus {
    NONE,
    ACKNOWLEDGED,
    EXPIRED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

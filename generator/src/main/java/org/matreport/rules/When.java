package org.matreport.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * When a finding applies: now ({@code date} is {@code null}), or ahead, from the growth date on which it first holds,
 * with the names of the schools expected to join on that date.
 */
public record When(LocalDate date, List<String> joining) {

    public static final When NOW = new When(null, List.of());

    public When {
        joining = List.copyOf(joining);
    }

    public static When ahead(LocalDate date, List<String> joining) {
        return new When(date, joining);
    }

    public boolean isNow() {
        return date == null;
    }

    /** {@code now}, or {@code ahead 2027-09-01 (Borealis High School)}. */
    @Override
    public String toString() {
        return isNow() ? "now" : "ahead " + date + (joining.isEmpty() ? "" : " (" + String.join(", ", joining) + ")");
    }
}

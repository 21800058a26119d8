package org.matreport.model;

import java.util.Optional;
import java.util.regex.Matcher;

/** An academic year written {@code YYYY/YY}, such as {@code 2026/27}; it starts in September of its first year. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("(\\d{4})/(\\d{2})");

    /** Reads {@code 2026/27}; empty when the text is not of that form or the two years are not consecutive. */
    public static Optional<AcademicYear> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return (start + 1) % 100 == end ? Optional.of(new AcademicYear(start)) : Optional.empty();
    }

    public java.time.LocalDate firstDay() {
        return java.time.LocalDate.of(startYear, 9, 1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }
}

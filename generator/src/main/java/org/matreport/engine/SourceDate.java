package org.matreport.engine;

/**
 * The instant a caller asks to stamp into the pack, from SOURCE_DATE_EPOCH (the convention reproducible builds use).
 * Without it the pack takes the time of the last git commit to the trust folder (see the renderer's SourceVersion),
 * never the clock.
 */
public final class SourceDate {

    private SourceDate() {}

    /** Seconds since 1970 from SOURCE_DATE_EPOCH, or {@code null} when it is unset. */
    public static Long fromEnvironment() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '" + value + "'", e);
        }
    }
}

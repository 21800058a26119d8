package org.matreport.engine;

/**
 * Reads SOURCE_DATE_EPOCH, the convention reproducible builds use to pin timestamps, so that the same trust files
 * give the same PDF bytes.
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

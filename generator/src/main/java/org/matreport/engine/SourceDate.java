package org.matreport.engine;

import org.matreport.support.InvalidRequestException;

/**
 * The instant a caller asks to stamp into the pack, from SOURCE_DATE_EPOCH (the convention reproducible builds use).
 * Without it the pack takes the time of the last git commit to the trust folder (see SourceVersion), never the clock.
 */
public final class SourceDate {

    /** The last second a PDF date can hold: 31 December 9999, 23:59:59 UTC. */
    static final long LATEST = 253_402_300_799L;

    private SourceDate() {}

    /** Seconds since 1970 from SOURCE_DATE_EPOCH, or {@code null} when it is unset. */
    public static Long fromEnvironment() throws InvalidRequestException {
        return parse(System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** Seconds since 1970 as written in SOURCE_DATE_EPOCH, or {@code null} for nothing. */
    static Long parse(String value) throws InvalidRequestException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        if (!digits.matches("[0-9]{1,12}")) {
            throw refused(value);
        }
        return check(Long.parseLong(digits));
    }

    /** The seconds as given, when a pack can be dated by them. */
    public static Long check(Long seconds) throws InvalidRequestException {
        if (seconds != null && (seconds < 0 || seconds > LATEST)) {
            throw refused(seconds.toString());
        }
        return seconds;
    }

    private static InvalidRequestException refused(String value) {
        return new InvalidRequestException("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, from 0 to "
                + LATEST + " (the end of the year 9999), not '" + value.strip() + "'; set it so, or unset it");
    }
}

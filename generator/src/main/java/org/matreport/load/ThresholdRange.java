package org.matreport.load;

import java.util.Optional;
import org.matreport.catalogue.Thresholds;

/**
 * The values a threshold may take. Thresholds count schools, pupils, regions, sources or months, which start at one;
 * those named {@code ...Percent} are a share of revenue, from 0 to 100. A negative group size or a share over the
 * whole would make a rule fire for every trust, or for none, without saying why.
 */
record ThresholdRange(double least, double most) {

    static final double MOST_COUNT = 1_000_000;

    static ThresholdRange of(String name) {
        return name.endsWith("Percent") ? new ThresholdRange(0, 100) : new ThresholdRange(1, MOST_COUNT);
    }

    /** Why the value is refused, or empty when it is within the range. */
    Optional<String> refusal(Double value) {
        if (value == null || Double.isNaN(value) || value < least || value > most) {
            return Optional.of((value == null ? "nothing" : Thresholds.format(value)) + " is out of range; give a"
                    + " value from " + Thresholds.format(least) + " to " + Thresholds.format(most));
        }
        return Optional.empty();
    }
}

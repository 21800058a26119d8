package org.matreport.catalogue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.matreport.model.Settings;

/** The thresholds in force for a trust: the catalogue's defaults, replaced by key from {@code settings.thresholds}. */
public final class Thresholds {

    private final Map<Threshold, Double> values;

    private Thresholds(Map<Threshold, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Thresholds inForce(Settings settings) {
        Map<Threshold, Double> values = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            values.put(t, t.defaultValue());
        }
        if (settings != null) {
            // The loader refuses unknown keys and missing values; ignoring them here keeps the engine total on
            // hand-built models.
            settings.thresholds().forEach((key, value) -> {
                if (value != null) {
                    Threshold.byKey(key).ifPresent(t -> values.put(t, value));
                }
            });
        }
        return new Thresholds(values);
    }

    public double get(Threshold threshold) {
        return values.get(threshold);
    }

    /** Every threshold with the value in force, in catalogue order. */
    public Map<Threshold, Double> asMap() {
        return values;
    }

    /** A threshold as people write it: {@code 10}, not {@code 10.0}. */
    public static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

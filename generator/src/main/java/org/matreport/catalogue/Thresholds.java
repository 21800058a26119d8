package org.matreport.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.matreport.model.Settings;

/** The thresholds in force for a trust: the catalogue's defaults, replaced by name from {@code settings.thresholds}. */
public final class Thresholds {

    private final Map<String, Double> values;

    private Thresholds(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Thresholds inForce(Settings settings) {
        Map<String, Double> values = new LinkedHashMap<>();
        RuleCatalogue.thresholds().forEach(t -> values.put(t.name(), t.defaultValue()));
        if (settings != null) {
            // The loader refuses unknown names; ignoring them here keeps the engine total on hand-built models.
            settings.thresholds().forEach((name, value) -> values.computeIfPresent(name, (n, old) -> value));
        }
        return new Thresholds(values);
    }

    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no threshold named " + name);
        }
        return value;
    }

    /** Every threshold with the value in force, in catalogue order. */
    public Map<String, Double> asMap() {
        return values;
    }

    /** A threshold as people write it: {@code 10}, not {@code 10.0}. */
    public static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

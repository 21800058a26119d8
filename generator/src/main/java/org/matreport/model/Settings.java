package org.matreport.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A trust's own adjustments to the rule catalogue. */
public record Settings(
        @Doc("Thresholds that replace the catalogue's defaults, by name.")
        Map<String, Double> thresholds,

        @Doc("Rules whose severity the trust raises or lowers: error, warning or info.")
        Map<String, Severity> severity,

        @Doc("Rules the trust does not want checked.") List<String> disabled) {

    public Settings {
        thresholds = Collections.unmodifiableMap(new TreeMap<>(thresholds));
        severity = Collections.unmodifiableMap(new TreeMap<>(severity));
        disabled = List.copyOf(disabled);
    }
}

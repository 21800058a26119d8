package org.matreport.model;

import java.util.Locale;

/**
 * A value that trust staff type in the YAML. The label is the exact word they write ({@code school-led},
 * {@code North West}); by default it is the constant's name in kebab case.
 */
public interface Labelled {

    String name();

    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

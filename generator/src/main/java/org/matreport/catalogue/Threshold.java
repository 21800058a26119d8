package org.matreport.catalogue;

/**
 * A number a rule compares against, with the catalogue's default; trusts may override it in settings.thresholds. The
 * basis says where the default comes from, and the grounds say which source and what it was for.
 */
public record Threshold(String name, double defaultValue, String meaning, Basis basis, String grounds) {

    /** The basis as printed: {@code project default}, or {@code seed: Forum Education, ...}. */
    public String basisText() {
        return grounds == null || grounds.isBlank() ? basis.label() : basis.label() + ": " + grounds;
    }
}

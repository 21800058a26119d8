package org.matreport.catalogue;

/**
 * Where a threshold's default comes from, so that a board can tell the figures the research gives from sector facts
 * and from this project's own starting points, which a trust is expected to adjust.
 */
public enum Basis {
    /** A figure from one of the two pieces of research the rules rest on. */
    SEED("seed"),
    /** A figure from a named source outside the research, such as a government paper. */
    SECTOR("sector source"),
    /** A starting point chosen by this project, with no source behind it. */
    PROJECT_DEFAULT("project default");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.matreport.model;

/**
 * Where the trust stands on the research's spectrum of school-improvement strategy (Building Trusts, 2018).
 */
public enum Cluster implements Labelled {
    /** Cluster 1: school leaders and local governing bodies keep their autonomy. */
    AUTONOMY,
    /** Cluster 2: a common curriculum and pedagogy is embedded across all schools. */
    ALIGNMENT,
    /**
     * Not a research cluster but this project's own category: some areas held in common, others left to schools. The
     * research found only a tentative third group of two trusts, so the trust owes its own rationale.
     */
    MIXED
}

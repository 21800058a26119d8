package org.matreport.model;

/**
 * Where the trust stands on the research's spectrum of school-improvement strategy (Building Trusts, 2018).
 */
public enum Cluster implements Labelled {
    /** Cluster 1: school leaders and local governing bodies keep their autonomy. */
    AUTONOMY,
    /** Cluster 2: a common curriculum and pedagogy is embedded across all schools. */
    ALIGNMENT,
    /** Cluster 3: somewhere between the two; the trust owes a rationale. */
    MIXED
}

package org.matreport.model;

/**
 * What the trust's reading of a school's performance rests on. The research judged performance from results in the
 * performance tables, inspection and financial balance; a trust may also rest a reading on its own review.
 */
public enum PerformanceBasis implements Labelled {
    /** The school's latest inspection. */
    OFSTED,
    /** Published results and other outcome data. */
    OUTCOMES,
    /** The school's financial balance. */
    FINANCES,
    /** The trust's own or an external review of the school. */
    REVIEW
}

package org.matreport.model;

/**
 * The consistency a trust ultimately wants in an area. "Partly" is a stage on the way, never an aim, so it is not
 * offered here.
 */
public enum TargetConsistency implements Labelled {
    SCHOOL_LED(Consistency.SCHOOL_LED),
    SHARED_PRINCIPLES(Consistency.SHARED_PRINCIPLES),
    COMMON(Consistency.COMMON);

    private final Consistency level;

    TargetConsistency(Consistency level) {
        this.level = level;
    }

    public Consistency level() {
        return level;
    }
}

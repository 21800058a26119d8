package org.matreport.model;

/** How consistent the schools are in an area today, from least to most (the order matters to the rules). */
public enum Consistency implements Labelled {
    SCHOOL_LED,
    PARTLY,
    SHARED_PRINCIPLES,
    COMMON;

    public boolean isBelow(Consistency other) {
        return compareTo(other) < 0;
    }
}

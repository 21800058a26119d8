package org.matreport.model;

/** The part of a trust's work an outcome measures. */
public enum OutcomeArea implements Labelled {
    ACADEMIC,
    WELLBEING,
    INCLUSION,
    STAFF,
    COMMUNITY,
    FINANCIAL,
    OPERATIONAL
}

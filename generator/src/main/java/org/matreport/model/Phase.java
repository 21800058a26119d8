package org.matreport.model;

/** A school's phase of education. */
public enum Phase implements Labelled {
    NURSERY,
    PRIMARY,
    MIDDLE,
    SECONDARY,
    ALL_THROUGH,
    SPECIAL,
    ALTERNATIVE_PROVISION,
    POST_16
}

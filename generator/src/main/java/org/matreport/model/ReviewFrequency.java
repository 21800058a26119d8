package org.matreport.model;

/** How often the board holds the improvement model to account. */
public enum ReviewFrequency implements Labelled {
    TERMLY,
    TWICE_YEARLY,
    ANNUALLY,
    NONE
}

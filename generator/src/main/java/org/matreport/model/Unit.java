package org.matreport.model;

/** How an outcome is measured. */
public enum Unit implements Labelled {
    PERCENT,
    COUNT,
    SCORE,
    RATIO,
    TEXT
}

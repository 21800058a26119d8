package org.matreport.model;

/** What happens to the trust's common way of working when a school joins. */
public enum NewSchoolPolicy implements Labelled {
    INDUCT,
    REOPEN,
    KEEP_OWN,
    IMPOSE
}

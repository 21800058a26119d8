package org.matreport.model;

/** What the case for changing an area rests on. */
public enum Evidence implements Labelled {
    RESEARCH,
    INTERNAL,
    BOTH,
    NONE
}

package org.matreport.model;

/** Whether every local governing body has a seat on the trust board. */
public enum BoardRepresentation implements Labelled {
    ALL,
    SOME,
    NONE
}

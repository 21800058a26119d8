package org.matreport.model;

/** The trust's own reading of how a school is performing. */
public enum Performance implements Labelled {
    HIGH,
    SECURE,
    IMPROVING,
    CONCERN
}

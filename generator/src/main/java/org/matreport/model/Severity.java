package org.matreport.model;

/** How much a finding matters: an error is a contradiction, a warning a gap or break point to act on, info a prompt for reflection. */
public enum Severity implements Labelled {
    ERROR,
    WARNING,
    INFO
}

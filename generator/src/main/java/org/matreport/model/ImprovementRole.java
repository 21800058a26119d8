package org.matreport.model;

/** Whether the chief executive enables improvement (sets priorities and conditions) or delivers it in schools. */
public enum ImprovementRole implements Labelled {
    ENABLES,
    DELIVERS
}

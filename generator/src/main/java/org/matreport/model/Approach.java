package org.matreport.model;

/** How a trust brings its schools to an area's target: central direction or centrally-supported collaborative convergence. */
public enum Approach implements Labelled {
    CENTRAL,
    COLLABORATIVE,
    NONE
}

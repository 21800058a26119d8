package org.matreport.model;

/** Where the trust's central operations sit. */
public enum CentralServices implements Labelled {
    SINGLE_SITE,
    REGIONAL
}

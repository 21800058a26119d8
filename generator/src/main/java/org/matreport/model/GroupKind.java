package org.matreport.model;

/** Whether a group of schools is a hub or a cluster. */
public enum GroupKind implements Labelled {
    HUB,
    CLUSTER
}

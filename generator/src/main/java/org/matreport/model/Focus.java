package org.matreport.model;

/** What a member of the central team mainly does. */
public enum Focus implements Labelled {
    IMPROVEMENT_LEADERSHIP,
    IMPROVEMENT_DELIVERY,
    OPERATIONS,
    FINANCE,
    PEOPLE,
    GOVERNANCE,
    ESTATES,
    DATA,
    OTHER
}

package org.matreport.model;

/** Professional expertise on the trust board. */
public enum BoardSkill implements Labelled {
    EDUCATION,
    FINANCE,
    LEGAL,
    PEOPLE,
    ESTATES,
    AUDIT_RISK,
    SAFEGUARDING
}
